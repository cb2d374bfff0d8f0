// foedus dashboard: charts from the specs the server embeds, state suggestions, tidy filter URLs.
(function () {
  "use strict";

  // Charts: the server puts Vega-Lite specs in <script id="charts">; each <div data-chart=NAME> gets one.
  var specs = document.getElementById("charts");
  if (specs && window.vegaEmbed) {
    var charts = JSON.parse(specs.textContent);
    document.querySelectorAll("[data-chart]").forEach(function (element) {
      var spec = charts[element.dataset.chart];
      if (!spec) { return; }
      window.vegaEmbed(element, spec, {actions: false, renderer: "svg"}).then(function () {
        element.dataset.rendered = "true";
      }).catch(function (error) {
        element.dataset.rendered = "error";
        element.textContent = "The chart could not be drawn: " + error;
      });
    });
  }

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

  // Filters: leave empty fields out of the URL, so the CSV link and the page name the same rows.
  var filters = document.getElementById("ledger-filters");
  if (filters) {
    filters.addEventListener("submit", function () {
      filters.querySelectorAll("input, select").forEach(function (field) {
        if (!field.value) { field.disabled = true; }
      });
    });
  }
})();
