// foedus dashboard: the "relations now" panel of the pair page, drawn from /api/relations.
(function () {
  "use strict";

  function relationsPanel(panel) {
    var status = panel.querySelector("[data-relations=status]");
    var chart = panel.querySelector("#relations-chart");
    var query = new URLSearchParams({a: panel.dataset.a, b: panel.dataset.b});
    fetch("/api/relations?" + query.toString())
      .then(function (response) { return response.json().then(function (body) { return [response.ok, body]; }); })
      .then(function (answer) {
        var ok = answer[0], body = answer[1];
        if (!ok) {
          status.textContent = body.message || "The event data could not be read.";
          panel.dataset.state = "error";
          return;
        }
        if (!body.available) {
          status.textContent = "No event data has been imported. " + body.how + " ";
          body.commands.forEach(function (text, k) {
            if (k) { status.appendChild(document.createTextNode(" or ")); }
            var command = document.createElement("code");
            command.textContent = text;
            status.appendChild(command);
          });
          panel.dataset.state = "empty";
          return;
        }
        var totals = body.monitor.totals, caption = body.caption;
        status.textContent = caption.dated + " " + body.monitor.from + " to " + body.monitor.to + ": " +
          totals.a_to_b + " events one way, " + totals.b_to_a + " the other.";
        if (caption.warning) {
          var warning = document.createElement("strong");
          warning.className = "stale";
          warning.textContent = " " + caption.warning;
          status.appendChild(warning);
        }
        var note = panel.querySelector("[data-relations=describes]");
        if (note) { note.textContent = caption.describes + " The same figures: foedus monitor."; }
        window.vegaEmbed(chart, body.chart, {actions: false, renderer: "svg"}).then(function () {
          panel.dataset.state = "drawn";
        });
      })
      .catch(function (error) {
        status.textContent = "The event data could not be read: " + error;
        panel.dataset.state = "error";
      });
  }

  var panel = document.getElementById("relations");
  if (panel && window.vegaEmbed) { relationsPanel(panel); }
})();
