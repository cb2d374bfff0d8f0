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
          status.textContent = "No event data has been imported. Run: ";
          var command = document.createElement("code");
          command.textContent = body.command;
          status.appendChild(command);
          panel.dataset.state = "empty";
          return;
        }
        var totals = body.monitor.totals;
        status.textContent = body.monitor.from + " to " + body.monitor.to + ": " + totals.a_to_b + " events one way, " +
          totals.b_to_a + " the other; " + body.monitor.change_points.length + " change point(s).";
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
