"""The pieces every result model shares: closed and open objects, probabilities, ISO dates at their own precision."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    ValidatorFunctionWrapHandler,
    model_serializer,
    model_validator,
)

__all__ = ["Closed", "Date", "Open", "Probability", "dump"]


class Closed(BaseModel):
    """An object whose schema closes it: a key it does not declare is an error (``additionalProperties: false``)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Open(BaseModel):
    """An object whose schema leaves it open: it may carry keys beyond those it declares.

    Its keys are written in the order it was given them (declared and extra ones mixed), so that a document that
    passes through the model reads exactly as it was built.
    """

    model_config = ConfigDict(extra="allow", populate_by_name=True)
    _order: tuple[str, ...] = PrivateAttr(default=())

    @model_validator(mode="wrap")
    @classmethod
    def _remember_order(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        model = handler(data)
        if isinstance(data, dict) and isinstance(model, Open):
            model._order = tuple(data)
        return model

    # Left unannotated on purpose: pydantic takes a serializer's return annotation as the shape of the model's output,
    # and dict[str, Any] would hide every declared field from the OpenAPI spec (which describes outputs).
    @model_serializer(mode="wrap")
    def _in_order(self, handler):  # type: ignore[no-untyped-def]
        written: dict[str, Any] = handler(self)
        if not self._order:
            return written
        ordered = {key: written[key] for key in self._order if key in written}
        return ordered | {key: value for key, value in written.items() if key not in ordered}


#: A probability.
Probability = Annotated[float, Field(ge=0, le=1)]

#: A date in ISO 8601 at its own precision: ``1896``, ``1896-06`` or ``1896-06-03``.
Date = Annotated[str, StringConstraints(pattern=r"^-?\d{4}(-\d{2}(-\d{2})?)?$")]


def dump(model: BaseModel) -> dict[str, Any]:
    """Return ``model`` as the JSON-ready dictionary a ``to_dict`` method returns (its keys by their aliases)."""
    return model.model_dump(by_alias=True)
