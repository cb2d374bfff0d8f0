// foedus dashboard: charts from the specs the server embeds, the assessment panel loaded with its progress, copy
// buttons for BibTeX, state suggestions, tidy filter URLs. No inline script anywhere: the pages' CSP forbids it.
(function () {
  "use strict";

  // A chart of stacked views (the timeline) has a fixed width: on a narrow screen, give its labels and its time axis
  // the room there is, instead of a chart wider than the screen.
  function fitWidth(spec, element) {
    var room = (element.parentElement || element).clientWidth;
    if (!spec.vconcat || !room || room >= 940) { return spec; }
    var labels = room < 520 ? 110 : 200;
    if (spec.config && spec.config.legend) { spec.config.legend.columns = room < 520 ? 1 : 2; }
    spec.vconcat.forEach(function (view) {
      view.width = Math.max(150, room - labels - 50);
      (view.layer || [view]).forEach(function (layer) {
        var y = layer.encoding && layer.encoding.y;
        if (y && y.type === "nominal") { y.axis = Object.assign({}, y.axis || {}, {labelLimit: labels}); }
      });
    });
    return spec;
  }

  // Charts: each <div data-chart> has its Vega-Lite spec in <script type="application/json" data-spec-for=ID>.
  function drawCharts(root) {
    if (!window.vegaEmbed) { return; }
    root.querySelectorAll("[data-chart]").forEach(function (element) {
      var holder = root.querySelector('script[data-spec-for="' + element.id + '"]');
      if (!holder || element.dataset.rendered) { return; }
      element.dataset.rendered = "pending";
      var spec = fitWidth(JSON.parse(holder.textContent), element);
      window.vegaEmbed(element, spec, {actions: false, renderer: "svg"}).then(function () {
        element.dataset.rendered = "true";
      }).catch(function (error) {
        element.dataset.rendered = "error";
        element.textContent = "The chart could not be drawn: " + error;
      });
    });
  }

  // Copy buttons: <button data-copy=ID> copies the text of #ID and says so.
  function wireCopyButtons(root) {
    root.querySelectorAll("button[data-copy]").forEach(function (button) {
      if (button.dataset.wired) { return; }
      button.dataset.wired = "true";
      button.addEventListener("click", function () {
        var source = document.getElementById(button.dataset.copy);
        var said = button.parentElement.querySelector(".copied");
        var text = source ? source.textContent : "";
        var done = function (message) { if (said) { said.textContent = message; } };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).then(function () { done("Copied."); }, function () {
            selectText(source);
            done("Selected: press Ctrl+C (⌘C) to copy.");
          });
        } else {
          selectText(source);
          done("Selected: press Ctrl+C (⌘C) to copy.");
        }
      });
    });
  }

  function selectText(element) {
    if (!element) { return; }
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // The assessment panel: when the figure is not ready, the page names a fragment to load; while it computes, the
  // server's progress in fitting the model is shown.
  function loadAssessment(body) {
    var progress = body.querySelector("[data-progress]");
    var polling = null;
    function poll() {
      fetch("/api/warmup").then(function (r) { return r.ok ? r.json() : null; }).then(function (status) {
        if (!status || !progress || body.dataset.state === "ready") { return; }
        if (status.state === "running" && status.total) {
          progress.textContent = "Computing the assessment. Fitting the model to every alliance, once: step " +
            (status.done + 1) + " of " + status.total + " (" + status.step + ").";
        }
      }).catch(function () { /* progress is a courtesy: the figure still comes */ });
    }
    poll();
    polling = setInterval(poll, 1000);
    fetch(body.dataset.src, {headers: {"Accept": "text/html"}})
      .then(function (response) { return response.text().then(function (text) { return [response.ok, text]; }); })
      .then(function (answer) {
        clearInterval(polling);
        body.innerHTML = answer[1];
        body.removeAttribute("aria-busy");
        body.dataset.state = answer[0] ? "ready" : "error";
        drawCharts(body);
        wireCopyButtons(body);
      })
      .catch(function (error) {
        clearInterval(polling);
        body.removeAttribute("aria-busy");
        body.dataset.state = "error";
        if (progress) { progress.textContent = "The assessment could not be loaded: " + error + ". Reload the page."; }
      });
  }

  drawCharts(document);
  wireCopyButtons(document);
  var pending = document.querySelector("#assessment-body[data-src]");
  if (pending) { loadAssessment(pending); }

  // Suggestions: fill the datalist from /api/states?q= as the user types.
  var list = document.getElementById("state-names");
  var timer = null;
  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (!text || !list) { return; }
      timer = setTimeout(function () {
        fetch("/api/states?limit=12&q=" + encodeURIComponent(text))
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (names) {
            list.textContent = "";
            names.forEach(function (s) {
              var option = document.createElement("option");
              option.value = s.name;
              var period = (s.start || s.end) ? " " + (s.start || "…") + "–" + (s.end || "") : "";
              option.label = s.name + " (" + s.cow_abb + ", " + s.ccode + ")" + period;
              list.appendChild(option);
            });
          });
      }, 150);
    });
  });

  // Filters: leave empty fields out of the URL, so that the page and its downloads name the same rows.
  var filters = document.getElementById("ledger-filters");
  if (filters) {
    filters.addEventListener("submit", function () {
      filters.querySelectorAll("input, select").forEach(function (field) {
        if (!field.value) { field.disabled = true; }
      });
    });
  }
})();
