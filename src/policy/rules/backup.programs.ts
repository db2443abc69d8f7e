import { backupSectionRule } from '../backup-section.js';

/** Measures 3.5 and 4.5: the programs are backed up, with a method and a location. */
export const backupPrograms = backupSectionRule('programs');
