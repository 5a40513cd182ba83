// Times fountain-js (which only tokenises) parsing one Fountain file: warm-up, then RUNS timed parses.
// Prints the median and the spread in milliseconds.
//   node fountain-js-time.js FILE [RUNS]   (NODE_PATH must reach a node_modules holding fountain-js)
'use strict';
const fs = require('fs');
const { Fountain } = require('fountain-js');

const file = process.argv[2];
const runs = Math.max(50, Number(process.argv[3] || 200));
if (!file) {
  console.error('usage: node fountain-js-time.js FILE [RUNS]');
  process.exit(64);
}

const text = fs.readFileSync(file, 'utf8');
const parse = () => new Fountain().parse(text, true).tokens.length;

let tokens = 0;
for (let i = 0; i < 20; i++) tokens = parse();

const times = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  parse();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
const at = q => times[Math.min(times.length - 1, Math.floor(q * times.length))];
const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
console.log(`fountain-js ${require('fountain-js/package.json').version}, node ${process.version}: ${Buffer.byteLength(text)} bytes, ${tokens} tokens, ${runs} runs`);
console.log(`median ${median.toFixed(2)} ms  (min ${times[0].toFixed(2)}, p90 ${at(0.9).toFixed(2)}, max ${times[times.length - 1].toFixed(2)})`);
