/**
 * The play page's own script (plain browser JS, no build step). It holds only the choices so far: every move
 * posts them to the server (`POST /state`), which replays them from the start in the sandbox and answers with
 * the rows and the decision at hand (a PlayView). Rows go into the lane and `window.kataLane.show` (the
 * report's script) derives the rest from them. Undo asks the server to drop the last real choice.
 */
export const playScript = `
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const config = window.kataPlay;
  let view = { choices: [], optionCounts: [] };
  let busy = false;

  async function ask(body) {
    busy = true;
    $('busy').textContent = 'running…';
    document.querySelectorAll('#choices button, #undo, #restart').forEach((button) => { button.disabled = true; });
    try {
      const response = await fetch('/state', { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ target: config.target, ...body }) });
      const answer = await response.json();
      if (answer.error !== undefined) return fail(answer.error);
      view = answer;
      draw();
    } catch (error) {
      fail(String(error));
    } finally {
      busy = false;
      $('busy').textContent = '';
      $('undo').disabled = view.choices.length === 0;
      $('restart').disabled = view.choices.length === 0;
    }
  }

  function fail(message) {
    $('verdict').textContent = message;
    $('verdict').className = 'bad';
    $('choices').replaceChildren();
  }

  function draw() {
    document.querySelector('.lane tbody').innerHTML = view.rows;
    window.kataLane.show(view.rowCount);
    $('taken').textContent = String(view.choices.length);
    $('par-box').textContent = config.par === null ? '' : ' · par ' + config.par;
    document.querySelectorAll('#tasks li').forEach((item, index) => {
      item.querySelector('.waits').textContent = view.waits[index] === undefined ? '' : view.waits[index];
    });
    const choices = (view.decision === undefined ? [] : view.decision.options).map((option) => {
      const button = document.createElement('button');
      button.textContent = option.label;
      button.dataset.value = String(option.value);
      button.addEventListener('click', () => {
        if (!busy) ask({ choices: [...view.choices, option.value] });
      });
      return button;
    });
    $('choices').replaceChildren(...choices);
    if (view.decision === undefined && view.end === undefined) $('choices').textContent = '(nothing to choose)';
    const verdict = $('verdict');
    if (view.end === undefined) {
      verdict.textContent = '';
      verdict.className = '';
      $('replay').textContent = '(once the run ends)';
      return;
    }
    const par = config.par === null ? '' : view.end.failed
      ? ' — in ' + view.choices.length + ' decisions (par ' + config.par + (view.choices.length <= config.par ? ': made it' : '') + ')'
      : '';
    verdict.textContent = (view.end.failed ? '✗ ' : '✓ ') + view.end.headline + par;
    verdict.className = view.end.failed ? 'bad' : 'good';
    $('replay').textContent = view.end.replay;
  }

  $('undo').addEventListener('click', () => { if (!busy) ask({ choices: view.choices, optionCounts: view.optionCounts, undo: true }); });
  $('restart').addEventListener('click', () => { if (!busy) ask({ choices: [] }); });
  const menu = $('target');
  if (menu !== null) menu.addEventListener('change', () => { location.href = '/?target=' + menu.value; });
  ask({ choices: [] });
})();
`;
