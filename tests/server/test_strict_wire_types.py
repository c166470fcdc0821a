"""Every number and day a state-changing route takes is strict: `true`, `"100"` and `1.5` are a 422 naming the
field, never 1 fen, 100 fen or a day in 1970 (pydantic's lax mode reads them so). The walk goes over every route's
request body, so a new schema with a plain `int` for money fails here before it reaches a customer."""

import typing
from datetime import date

import pytest
from fastapi.routing import iter_route_contexts
from pydantic import BaseModel, ValidationError

from server.app import create_app
from server.wire import FIRST_BUSINESS_DATE, LAST_BUSINESS_DATE, MAX_TERM_MONTHS

NOT_INTEGERS = [True, "100", 1.5, 100.0]
NOT_DAYS = [0.5, 1_700_000_000, True]


def _bodies(app) -> dict[str, type[BaseModel]]:
    """"METHOD path" -> the request body's model, for every route that takes one."""
    found = {}
    for route in iter_route_contexts(app.routes):
        dependant = getattr(route, "dependant", None)
        for param in getattr(dependant, "body_params", None) or []:
            model = param.field_info.annotation
            if isinstance(model, type) and issubclass(model, BaseModel):
                for method in route.methods:
                    found[f"{method} {route.path}"] = model
    return found


def _leaves(model: type[BaseModel], kind: type) -> list[tuple[tuple, typing.Any]]:
    """(location, a function that nests a value there) for every field of `kind` in the model, however deep
    (optional, inside lists, dicts or nested models)."""
    found = []

    def walk(annotation, loc, wrap):
        origin, args = typing.get_origin(annotation), typing.get_args(annotation)
        if origin is typing.Annotated:
            walk(args[0], loc, wrap)
        elif origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
            for arg in args:
                if arg is not type(None):
                    walk(arg, loc, wrap)
        elif origin is list:
            walk(args[0], loc + (0,), lambda v, w=wrap: w([v]))
        elif origin is dict:
            walk(args[1], loc + ("id",), lambda v, w=wrap: w({"id": v}))
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            for name, field in annotation.model_fields.items():
                walk(field.annotation if not field.metadata else typing.Annotated[(field.annotation, *field.metadata)],
                     loc + (name,), lambda v, w=wrap, n=name: w({n: v}))
        elif annotation is kind and kind is not bool:
            found.append((loc, wrap))

    walk(model, (), lambda v: v)
    return found


@pytest.fixture
def bodies(platform):
    return _bodies(create_app(platform=platform))


def _refusals(model, body) -> list[tuple]:
    try:
        model.model_validate(body)  # what FastAPI does with the parsed JSON body
    except ValidationError as error:
        return [tuple(e["loc"]) for e in error.errors()]
    return []


def test_the_walk_finds_the_money_and_counts_of_the_state_changing_routes(bodies):
    ints = {route: [loc for loc, _ in _leaves(model, int)] for route, model in bodies.items()}
    assert ("amount_fen",) in ints["POST /api/v1/loans/schedule-preview"]
    assert ("term_months",) in ints["POST /api/v1/loans/applications"]
    assert ("principal_fen",) in ints["POST /api/v1/ledger/movements/repayment"]
    assert ("approval_limit_fen",) in ints["PATCH /api/v1/roles/{role_id}"]
    assert ("items", 0, "id") in ints["POST /api/v1/loans/applications/batch/{action}"]
    assert sum(len(found) for found in ints.values()) >= 30


def test_every_integer_in_every_request_body_refuses_booleans_text_and_fractions(bodies):
    lax = []
    for route, model in bodies.items():
        for loc, place in _leaves(model, int):
            for value in NOT_INTEGERS:
                if loc not in _refusals(model, place(value)):
                    lax.append(f"{route} {'.'.join(map(str, loc))} = {value!r}")
    assert lax == [], "read leniently instead of refused:\n" + "\n".join(lax)


def test_every_day_in_every_request_body_refuses_numbers(bodies):
    lax = []
    for route, model in bodies.items():
        for loc, place in _leaves(model, date):
            for value in NOT_DAYS:
                if loc not in _refusals(model, place(value)):
                    lax.append(f"{route} {'.'.join(map(str, loc))} = {value!r}")
    assert lax == [], "read leniently instead of refused:\n" + "\n".join(lax)


def test_the_walk_notices_a_lax_integer(bodies):
    class Careless(BaseModel):
        amount_fen: int

    assert _leaves(Careless, int) and _refusals(Careless, {"amount_fen": True}) == []


@pytest.mark.parametrize("path, body, field", [
    ("/loans/schedule-preview", {"amount_fen": True, "term_months": 12, "annual_rate": "0.1",
                                 "method": "bullet"}, "amount_fen"),
    ("/loans/schedule-preview", {"amount_fen": 100, "term_months": MAX_TERM_MONTHS + 1, "annual_rate": "0.1",
                                 "method": "bullet"}, "term_months"),
    ("/loans/schedule-preview", {"amount_fen": 100, "term_months": 12, "annual_rate": "0.1", "method": "bullet",
                                 "start": str(LAST_BUSINESS_DATE.replace(year=LAST_BUSINESS_DATE.year + 1))}, "start"),
    ("/loans/schedule-preview", {"amount_fen": 100, "term_months": 12, "annual_rate": "0.1", "method": "bullet",
                                 "start": str(FIRST_BUSINESS_DATE.replace(year=1999))}, "start"),
    ("/loans/borrowers", {"kind": "person", "name": "张伟", "id_number": "110101199001011234",
                          "monthly_income_fen": "3000000"}, "monthly_income_fen"),
    ("/loans/applications/1/investments", {"investor_ref": "INV0001", "amount_fen": 1.5}, "amount_fen"),
])
def test_through_the_api_a_lax_value_is_a_422_naming_the_field_in_chinese_by_default(staff, path, body, field):
    answer = staff("risklead").post(path, body)
    assert answer.status_code == 422, answer.text
    errors = answer.json()["errors"]
    assert [e["field"] for e in errors] == [field]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in errors[0]["message"])  # Chinese: no Accept-Language was sent
