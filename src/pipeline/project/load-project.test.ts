import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isSegmapError } from '../../lib/errors.js';
import { starterProject } from '../init-workspace.js';
import { loadProjectText, problemText, projectError } from './load-project.js';

const example = fileURLToPath(new URL('../../../examples/demo-project.yaml', import.meta.url));

const problemsOf = (text: string): string[] => {
  const loaded = loadProjectText(text, 'p.yaml');
  return loaded.ok ? [] : loaded.error.map(problemText);
};

test('a schema problem names its line and YAML path', () => {
  const text = ['version: 1', 'segmentations:', '  - name: s', '    method: kmeans', '    k: 3', '  - name: t', '    method: gmm', '    k: 9..3', ''].join('\n');
  assert.deepEqual(problemsOf(text), ['line 8: segmentations[1].k requires a whole number from 1 to 30 (e.g. 4) or a range such as 2..8, got "9..3"']);
  // a missing key points at its parent's line; an unknown top-level key at its own
  assert.deepEqual(problemsOf('version: 1\nsegmentations:\n  - { name: s, method: kmeans }\n'), ['line 3: segmentations[0].k requires a value']);
  assert.deepEqual(problemsOf('version: 1\n\nsedd: 3\n'), ['line 1: the project file has unknown key `sedd`']);
  assert.deepEqual(problemsOf('version: 1\nprofile:\n  segmentation: nope\n'), ['line 3: profile.segmentation requires the name of a segmentation declared under segmentations (none declared), got `nope`']);
});

test('YAML syntax errors name their line; an empty file is not a project', () => {
  assert.deepEqual(problemsOf('version: 1\nseed: 1\nseed: 2\n'), ['line 3: the project file requires valid YAML: Map keys must be unique']);
  const flow = problemsOf('version: 1\nsegmentations: [\n  - name: s\n');
  assert.equal(flow.length, 1);
  assert.match(flow[0] ?? '', /^line \d: the project file requires valid YAML: /);
  assert.deepEqual(problemsOf(''), ['version requires a value']);
  assert.deepEqual(problemsOf('- a\n- b\n'), ['line 1: the project file requires a YAML mapping (keys such as version, sources, segmentations)']);
});

test('projectError carries the first problem in its message and all of them in its details', () => {
  const loaded = loadProjectText('version: 1\nseed: x\nout: 3\n', 'p.yaml');
  assert.equal(loaded.ok, false);
  if (loaded.ok) return;
  const error = projectError('p.yaml', loaded.error);
  assert.ok(isSegmapError(error) && error.exitCode === 3);
  assert.equal(error.message, 'line 2: seed requires a number, got text "x" (and 1 more)');
  assert.deepEqual(error.location, { file: 'p.yaml' });
});

test('the example project and the starter `segmap init` writes are valid projects', () => {
  const loaded = loadProjectText(readFileSync(example, 'utf8'), example);
  assert.ok(loaded.ok, loaded.ok ? '' : loaded.error.map(problemText).join('\n'));
  assert.deepEqual(loaded.value.spec.segmentations[0]?.ks, [2, 3, 4, 5, 6, 7, 8]);
  assert.equal(loaded.value.spec.sources.length, 13);
  assert.equal(loaded.value.lineOf(['segmentations', 0, 'k']), 57);
  const starter = loadProjectText(starterProject('acme'), 'acme/segmap.yaml');
  assert.ok(starter.ok, starter.ok ? '' : starter.error.map(problemText).join('\n'));
  assert.equal(starter.value.spec.name, 'acme');
  assert.equal(starter.value.spec.workspace, '.');
});
