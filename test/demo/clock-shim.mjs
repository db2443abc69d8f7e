// The demo's stand-in for libfaketime on machines without it: the process clock starts at
// UG_DEMO_FAKETIME ("2026-12-02 12:00:00", UTC) and runs on from there. Only the demo preloads it.
const RealDate = Date;
const offset = RealDate.parse(`${process.env.UG_DEMO_FAKETIME.replace(' ', 'T')}Z`) - RealDate.now();
const now = () => RealDate.now() + offset;
globalThis.Date = new Proxy(RealDate, {
  // new Date() and subclasses (time-zone dates) read the shifted clock; every other form is untouched.
  construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [now()], newTarget),
  apply: () => new RealDate(now()).toString(),
  get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver)),
});
