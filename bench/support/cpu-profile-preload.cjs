// Preloaded (NODE_OPTIONS=--require) into every Node process of a profiled bench app, because
// Node 20 refuses --cpu-prof in NODE_OPTIONS: samples the process with the inspector and writes
// <BENCH_CPU_PROFILE>/<pid>.cpuprofile when it exits (Next and the emulator exit on SIGTERM).
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');
const path = require('node:path');

const dir = process.env.BENCH_CPU_PROFILE;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  process.once('exit', () => {
    // A session on the process's own thread answers synchronously, so this finishes before exit.
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
