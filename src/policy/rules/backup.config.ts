import { backupSectionRule } from '../backup-section.js';

/** Measures 3.5 and 4.5: the configuration scripts are backed up, with a method and a location. */
export const backupConfig = backupSectionRule('config');
