"""Splitting an amount of fen between holders by their shares, without creating or losing a fen."""


def allocate(total_fen: int, weights: list[int]) -> list[int]:
    """Largest-remainder (Hamilton) allocation of `total_fen` in proportion to `weights`.

    The rule, which investors and auditors can check by hand:
    1. each holder first gets floor(total * weight / sum(weights)) fen;
    2. the fen left over (fewer than the number of holders) go one each to the holders with the
       largest remainders of that division;
    3. equal remainders are broken by position: the earlier holder (callers list holders in a
       fixed order, e.g. by account id) gets the fen first.
    The parts always sum to `total_fen` exactly, and no part differs from its exact share by a fen
    or more. Integer arithmetic only: no float ever sees the money.
    """
    if total_fen < 0:
        raise ValueError("total_fen must not be negative")
    if not weights or any(w < 0 for w in weights) or sum(weights) == 0:
        raise ValueError("weights must be non-negative with a positive sum")
    whole = sum(weights)
    parts, remainders = [], []
    for position, weight in enumerate(weights):
        part, remainder = divmod(total_fen * weight, whole)
        parts.append(part)
        remainders.append((-remainder, position))
    for _, position in sorted(remainders)[: total_fen - sum(parts)]:
        parts[position] += 1
    return parts
