// foedus: start Swagger UI on /docs as FastAPI's own page does, from a file (the pages allow no inline script).
(function () {
  "use strict";
  var element = document.getElementById("swagger-ui");
  if (!element || !window.SwaggerUIBundle) { return; }
  var options = JSON.parse(element.dataset.parameters || "{}");
  options.url = element.dataset.openapiUrl;
  options.presets = [window.SwaggerUIBundle.presets.apis, window.SwaggerUIBundle.SwaggerUIStandalonePreset];
  options.onComplete = function () { element.dataset.rendered = "true"; };
  window.ui = window.SwaggerUIBundle(options);
})();
