"""The result models: one pydantic declaration of each JSON document and web answer foedus makes.

A domain object's ``to_model()`` returns its model and ``to_dict()`` is that model's ``model_dump``; the web API
answers with the same models (its OpenAPI spec is made from them), and :mod:`foedus.schemas` makes the JSON Schemas
``foedus schema NAME`` prints from them. Modules: :mod:`~foedus.results.history` (a pair's history, a treaty, the
ledger browser), :mod:`~foedus.results.assessment`, :mod:`~foedus.results.backtest`,
:mod:`~foedus.results.service` (the web API's own answers) and :mod:`~foedus.results.names` (the documents' schema
names). Importing this package imports no pydantic; its modules do.
"""
