/**
 * The page's script, inlined as plain browser JavaScript (no build step, nothing to fetch). It derives
 * everything from the lane's rows (`tr.step` and their data attributes), reading them afresh at each move, so
 * a page that appends rows (playing the scheduler) can reuse it: call `window.kataLane.show(n)` after adding.
 * Step 0 is "before the first step"; the last step is the verdict row.
 */
export const pageScript = `
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const tasks = Array.from(document.querySelectorAll('#tasks li'));
  let current = 0;

  function show(wanted) {
    const rows = Array.from(document.querySelectorAll('tr.step'));
    current = Math.max(0, Math.min(rows.length, wanted));
    const state = tasks.map(() => ({ status: 'not started', where: '', code: '' }));
    const output = [];
    let running = -1;
    rows.forEach((row, index) => {
      row.classList.toggle('current', index === current - 1);
      row.classList.toggle('future', index >= current);
      if (index >= current) return;
      const data = row.dataset;
      if (data.output !== undefined) output.push(data.output);
      if (data.task === undefined) return;
      const task = state[Number(data.task)];
      if (task === undefined) return;
      if (data.status !== undefined) task.status = data.status;
      if (data.status === 'running') running = Number(data.task);
      if (data.where !== undefined) {
        task.where = data.where;
        task.code = data.code === undefined ? '' : data.code;
      }
    });
    tasks.forEach((item, index) => {
      const task = state[index];
      // A task that ran before another one resumed stands at a scheduling point, ready to go on.
      const status = task.status === 'running' && index !== running ? 'ready' : task.status;
      const label = item.querySelector('.status');
      label.textContent = status;
      label.dataset.status = status;
      item.querySelector('.where').textContent = task.where;
      item.querySelector('code').textContent = task.code;
      item.classList.toggle('current', index === running && status === 'running');
    });
    const out = $('output');
    out.replaceChildren(...output.map((text) => {
      const chip = document.createElement('span');
      chip.className = 'chip';
      chip.textContent = text;
      return chip;
    }));
    if (output.length === 0) out.textContent = '(nothing yet)';
    const row = rows[current - 1];
    const verdict = row !== undefined && row.classList.contains('verdict');
    $('now').textContent = row === undefined ? 'Before the first step: press → (or Next) to run the schedule one step at a time.' : row.dataset.say;
    $('now').classList.toggle('bad', verdict);
    $('now-code').textContent = row === undefined || row.dataset.code === undefined ? '' : row.dataset.code;
    // Step numbers count the whole trace, also when its first steps are left out of a long one. The last row
    // is the verdict in a report; a play page's rows may end without one.
    const end = rows[rows.length - 1];
    const lastStep = end === undefined || !end.classList.contains('verdict') ? end : rows[rows.length - 2];
    const last = lastStep === undefined ? 0 : lastStep.dataset.step;
    $('position').textContent = current === 0 ? 'start' : verdict ? 'the failure' : 'step ' + row.dataset.step + ' of ' + last;
    $('first').disabled = $('previous').disabled = current === 0;
    $('next').disabled = $('last').disabled = current === rows.length;
    if (row !== undefined) keepInView(row);
    return current;
  }

  /** Scrolls the lane's own box (not the page) so that the row is below the sticky head and above the bottom. */
  function keepInView(row) {
    const box = row.closest('.lane-box');
    if (box === null) return;
    const head = box.querySelector('thead');
    const top = box.getBoundingClientRect().top + (head === null ? 0 : head.offsetHeight);
    const bottom = Math.min(box.getBoundingClientRect().bottom, window.innerHeight);
    const rect = row.getBoundingClientRect();
    if (rect.top < top) box.scrollTop -= top - rect.top;
    else if (rect.bottom > bottom) box.scrollTop += rect.bottom - bottom;
  }

  const count = () => document.querySelectorAll('tr.step').length;
  $('first').addEventListener('click', () => show(0));
  $('previous').addEventListener('click', () => show(current - 1));
  $('next').addEventListener('click', () => show(current + 1));
  $('last').addEventListener('click', () => show(count()));
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const moves = { ArrowRight: 1, ArrowDown: 1, j: 1, ArrowLeft: -1, ArrowUp: -1, k: -1 };
    if (event.key in moves) show(current + moves[event.key]);
    else if (event.key === 'Home') show(0);
    else if (event.key === 'End') show(count());
    else return;
    event.preventDefault();
  });
  document.querySelector('tbody').addEventListener('click', (event) => {
    const row = event.target instanceof Element ? event.target.closest('tr.step') : null;
    if (row !== null) show(Array.from(document.querySelectorAll('tr.step')).indexOf(row) + 1);
  });

  $('copy').addEventListener('click', () => {
    const text = $('replay').textContent;
    const done = () => { $('copy').textContent = 'copied'; setTimeout(() => { $('copy').textContent = 'copy'; }, 1500); };
    const select = () => {
      const range = document.createRange();
      range.selectNodeContents($('replay'));
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      if (document.execCommand('copy')) done();
    };
    if (navigator.clipboard === undefined) select();
    else navigator.clipboard.writeText(text).then(done, select);
  });

  window.kataLane = { show, get current() { return current; } };
  const start = /^#step=(\\d+)$/.exec(location.hash);
  show(start === null ? 0 : Number(start[1]));
})();
`;
