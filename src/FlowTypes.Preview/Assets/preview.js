// The flow preview page's script: moves between screens along the flow's actions and routing model, switches If and
// Switch branches, and (in watch mode only) reloads when the file is saved. It fetches nothing.
(function () {
  'use strict';
  var body = document.body;
  var screens = {};
  Array.prototype.forEach.call(document.querySelectorAll('section[data-ft-screen]'), function (s) {
    if (!(s.dataset.ftScreen in screens)) { screens[s.dataset.ftScreen] = s; }
  });
  var title = document.querySelector('[data-ft-title-text]');
  var overlay = document.querySelector('[data-ft-overlay]');
  var sheet = document.querySelector('[data-ft-sheet]');
  var toast = document.querySelector('[data-ft-toast]');
  var history = [];
  var toastTimer = 0;

  function show(id) {
    Object.keys(screens).forEach(function (key) { screens[key].hidden = key !== id; });
    var screen = screens[id];
    title.textContent = screen ? screen.dataset.ftTitle : '';
    body.dataset.ftCurrent = id;
    closeSheet();
    Array.prototype.forEach.call(document.querySelectorAll('[data-ft-goto]'), function (node) {
      node.classList.toggle('ft-r-current', node.dataset.ftGoto === id);
    });
    if (history.length === 0 || history[history.length - 1] !== id) { history.push(id); }
    try { window.history.replaceState(null, '', '#screen=' + encodeURIComponent(id)); } catch (e) { /* file: pages in some browsers */ }
  }

  function say(text) {
    toast.textContent = text;
    toast.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { toast.hidden = true; }, 3500);
  }

  function closeSheet() { overlay.hidden = true; sheet.innerHTML = ''; delete body.dataset.ftCompleted; }

  function openSheet(heading, lines, choices) {
    sheet.innerHTML = '';
    var h = document.createElement('h3');
    h.textContent = heading;
    sheet.appendChild(h);
    lines.forEach(function (line) {
      var element = document.createElement(line.pre ? 'pre' : 'div');
      element.textContent = line.text;
      if (line.attr) { element.setAttribute(line.attr, ''); }
      sheet.appendChild(element);
    });
    choices.forEach(function (choice) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = choice.label;
      if (choice.screen) { button.dataset.ftChoice = choice.screen; }
      button.addEventListener('click', choice.run);
      sheet.appendChild(button);
    });
    overlay.hidden = false;
  }

  function go(id) {
    if (!(id in screens)) { say('There is no screen "' + id + '" in this flow (FT1014).'); return; }
    show(id);
  }

  function complete(record, payload, how, none) {
    body.dataset.ftCompleted = record || 'complete';
    openSheet('Flow completed', [
      { text: how },
      { text: record ? 'Your service reads it as ' + record + '.' : none || 'No typed record: this screen is not terminal.', attr: 'data-ft-record' },
      { text: payload || '{}', pre: true }
    ], [{ label: 'Close', run: closeSheet }]);
  }

  function run(element) {
    var action = element.dataset.ftAction;
    var current = body.dataset.ftCurrent;
    if (element.hasAttribute('data-ft-disabled')) { say('This button is disabled (enabled is false).'); return; }
    if (action === 'navigate') { go(element.dataset.ftNext || ''); return; }
    if (action === 'complete') { complete(element.dataset.ftCompletion, element.dataset.ftPayload, 'The complete action sends this payload to your webhook:'); return; }
    if (action === 'data_exchange') {
      var targets = (element.dataset.ftTargets || '').split(' ').filter(function (t) { return t.length > 0; });
      var terminal = screens[current] && screens[current].hasAttribute('data-ft-terminal');
      var choices = targets.map(function (t) { return { label: 'Endpoint answers with ' + t, screen: t, run: function () { go(t); } }; });
      if (terminal) {
        // data-ft-completion: the project's [FlowCompletion] type; empty when it has none; absent when not looked up.
        var typed = element.dataset.ftCompletion;
        choices.push({ label: 'Endpoint finishes the flow (SUCCESS)', run: function () { complete(typed || '', element.dataset.ftPayload, 'The endpoint closes the flow; WhatsApp sends the SUCCESS payload to your webhook.',
          typed === '' ? 'No typed record: no [FlowCompletion] type of the project names this flow (FT1071).' : 'The endpoint\'s SUCCESS params (a [FlowCompletion] record of your project types them).'); } });
      }
      if (choices.length === 0) { say('data_exchange: your endpoint answers on this screen (the routing model has no route from it).'); return; }
      if (choices.length === 1) { choices[0].run(); return; }
      openSheet('data_exchange: your endpoint decides', [{ text: 'Payload sent to the endpoint:' }, { text: element.dataset.ftPayload || '{}', pre: true }], choices);
      return;
    }
    if (action === 'open_url') { say('Opens ' + (element.dataset.ftUrl || 'a URL') + ' (not followed in the preview).'); return; }
    if (action === 'update_data') { say('update_data changes this screen\'s data on the device.'); return; }
    say('Action ' + action + ' is not one WhatsApp knows.');
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    if (target === overlay) { closeSheet(); return; }
    var link = target.closest('a[href="#"]');
    if (link) { event.preventDefault(); }
    var branch = target.closest('[data-ft-branch-select]');
    if (branch) {
      var owner = branch.dataset.ftBranchSelect;
      Array.prototype.forEach.call(document.querySelectorAll('[data-ft-branch-of="' + owner + '"]'), function (b) { b.hidden = b.dataset.ftBranch !== branch.dataset.ftBranchName; });
      Array.prototype.forEach.call(document.querySelectorAll('[data-ft-branch-select="' + owner + '"]'), function (b) { b.setAttribute('aria-pressed', b === branch ? 'true' : 'false'); });
      return;
    }
    var chip = target.closest('.ft-chip');
    if (chip) { chip.setAttribute('aria-pressed', chip.getAttribute('aria-pressed') === 'true' ? 'false' : 'true'); }
    var node = target.closest('[data-ft-goto]');
    if (node) { go(node.dataset.ftGoto); return; }
    if (target.closest('[data-ft-back]')) {
      if (!overlay.hidden) { closeSheet(); return; }
      if (history.length > 1) { history.pop(); show(history.pop()); }
      return;
    }
    if (target.closest('[data-ft-restart]')) { history = []; show(body.dataset.ftEntry); return; }
    var action = target.closest('[data-ft-action]');
    if (action && action.closest('[data-ft-screen]') === screens[body.dataset.ftCurrent]) {
      if (action.tagName === 'LABEL' && target.tagName !== 'INPUT') { return; }
      run(action);
    }
  });

  var start = /#screen=([^&]+)/.exec(location.hash);
  var first = start ? decodeURIComponent(start[1]) : body.dataset.ftEntry;
  if (first in screens) { show(first); } else if (body.dataset.ftEntry) { show(body.dataset.ftEntry); }

  if (body.dataset.ftLive) {
    var events = new EventSource(body.dataset.ftLive);
    events.addEventListener('reload', function () { location.reload(); });
  }
}());
