"""Reading numbers a user typed (weights, quantities, money) exactly, with messages they can act on."""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from coopeval.domain.errors import CoopEvalError
from coopeval.i18n import _

# The largest number (either side of zero) any quantity, target, threshold or proxy value may be:
# no real measure needs more, and a bigger one is a slip (1e400 typed for 1e4) that would break
# the arithmetic and the exports downstream.
MAX_NUMBER = 10**12


class InputError(CoopEvalError):
    """A value a user entered is not acceptable; the message names the field.

    A form checked as a whole raises one InputError carrying every problem found (`messages`, one
    per field, in the form's order), so the user can correct them all at once."""

    def __init__(self, *messages: str):
        self.messages = list(messages)
        super().__init__("\n".join(messages))


T = TypeVar("T")


class Problems:
    """Collects the problems of a whole form: `check` runs one field's rule and keeps its message
    instead of stopping; `raise_any` then raises one InputError with all of them."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def check(self, rule: Callable[[], T]) -> T | None:
        try:
            return rule()
        except InputError as exc:
            self.messages.extend(exc.messages)
            return None

    def add(self, message: str) -> None:
        self.messages.append(message)

    def raise_any(self) -> None:
        if self.messages:
            raise InputError(*self.messages)


def parse_decimal(text: str | int | Decimal, what: str, *, minimum: Decimal | int | None = None,
                  maximum: Decimal | int | None = None, places: int | None = None) -> Decimal:
    raw = str(text).strip().replace(",", "").removeprefix("£").strip() if not isinstance(text, Decimal) else text
    try:
        value = Decimal(raw) if not isinstance(raw, Decimal) else raw
    except ArithmeticError:  # not a number, or an exponent beyond what Decimal holds ("1e999999999999999999")
        raise InputError(_("{what}: {typed!r} is not a number.").format(what=what, typed=_typed(text))) from None
    if not value.is_finite():
        raise InputError(_("{what}: {typed!r} is not a number.").format(what=what, typed=_typed(text)))
    # "1e99999999" is a number, but written out it has a hundred million digits: say what was typed instead
    got = f"{value.normalize():f}" if value.is_zero() or abs(value.adjusted()) <= 30 else _typed(text)
    if minimum is not None and value < minimum:
        raise InputError(_("{what} must be at least {minimum}; got {got}.").format(what=what, minimum=minimum, got=got))
    if maximum is not None and value > maximum:
        raise InputError(_("{what} must be at most {maximum}; got {got}.").format(what=what, maximum=maximum, got=got))
    if places is not None and (not value.is_zero() and abs(value.adjusted()) > 30 or value != value.quantize(Decimal(1).scaleb(-places))):
        raise InputError(_("{what} can have at most {places} decimal places; got {got}.").format(what=what, places=places, got=got))
    return value


def _typed(text: object) -> str:
    shown = str(text)
    return shown if len(shown) <= 40 else shown[:39] + "…"


def decimal_text(value: Decimal) -> str:
    """Canonical text for storage: no exponent, no trailing zeros ("12.5", "100")."""
    text = f"{value.normalize():f}"
    return "0" if text in ("-0", "") else text


def pounds_to_pence(text: str | int | Decimal, what: str | None = None) -> int:
    value = parse_decimal(text, what if what is not None else _("Contract value"), minimum=0, places=2)
    return int(value * 100)


def pence_to_text(pence: int | None) -> str:
    if pence is None:
        return ""
    return money_text(Decimal(pence) / 100)


def _decimal(value: Decimal | int | str) -> Decimal:
    d = value if isinstance(value, Decimal) else Decimal(str(value).strip().replace(",", ""))
    if not d.is_finite():
        raise ValueError(_("{value!r} is not a number").format(value=value))
    return d


def number_text(value: Decimal | int | str, places: int | None = None) -> str:
    """A number as people read it: thousands separated by commas ("14,000.5", "1,950"). With
    `places`, rounded half up to exactly that many places ("83.63", "14,000.00"); without, as given
    but with no needless trailing zeros ("12.50" → "12.5", "10.00" → "10")."""
    d = _decimal(value)
    if places is not None:
        d = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    else:
        text = f"{d:f}"
        d = Decimal(text.rstrip("0").rstrip(".") if "." in text else text)
    if d.is_zero():
        d = d.copy_abs()  # never "-0.00"
    return f"{d:,f}"


def money_text(value: Decimal | int | str) -> str:
    """Pounds as people write them: "£14,000.00", "-£250.50" (to the penny, half up)."""
    text = number_text(value, 2)
    return f"-£{text[1:]}" if text.startswith("-") else f"£{text}"
