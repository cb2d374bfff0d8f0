"""States told as an agreement's parties in forms read since issue 22Lb, each on made-up sentences: a subject set off
by an apposition before its verb of signing ("Austria, a small republic in the Alps, signed the treaty"); a subject
told to sign beside co-signers who are the agreement's members ("signed in Washington along with Iceland and
Portugal", "signed alongside them"), which tells the agreement plainly even where it was found only as the one last
spoken of; a name put to the treaty ("put its name to the treaty that day", "Austria's name went on the treaty"); the
verb told again by "as" or "so" (", as were A and B", "and so, since 1955, is C"); a partner told signing beside a
dated signing (", with Austria signing as well"); a part acted in it ("acted as a co-signatory"). A subject that never
was a party is a wrong party (the record is the shipped ledgers' and ATOP's: the North Atlantic Treaty's founders are
twelve, Iceland and Portugal among them, Switzerland and Austria never among its parties)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims

_SIGNED = "Norway and Denmark signed the North Atlantic Treaty in Washington on 4 April 1949."


def _told_in(store: Store, body: str, words: str) -> list[tuple[str, str]]:
    """Return the party claims of ``body`` made by the sentence holding ``words``, as (verdict, claimed)."""
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), "agreement_parties") if words in c.text]


def test_a_subject_set_off_by_an_apposition_signed_it(check_store: Store) -> None:
    for told in ("Austria, a small republic in the Alps, signed the treaty that spring.",
                 "Austria, another latecomer to the talks, signed it too."):
        assert [v for v, _ in _told_in(check_store, f"{_SIGNED} {told}", "Austria")] == ["contradicts"], told


def test_a_member_set_off_by_an_apposition_is_borne_out(check_store: Store) -> None:
    told = _told_in(check_store, f"{_SIGNED} Iceland, the smallest of the founders, signed it too.", "Iceland")
    assert told == [("consistent", "parties: Republic of Iceland")]


def test_a_signer_beside_members_told_by_name(check_store: Store) -> None:
    told = _told_in(check_store, f"{_SIGNED} Switzerland signed in Washington along with Iceland and Portugal.",
                    "Switzerland")
    assert told[0][0] == "contradicts" and "Switzerland" in told[0][1]
    assert all(v == "consistent" for v, _ in told[1:])
    told = _told_in(check_store, f"{_SIGNED} Austria signed that week, together with Iceland.", "Austria")
    assert told[0][0] == "contradicts" and "Austria" in told[0][1]


def test_a_signer_beside_them(check_store: Store) -> None:
    told = _told_in(check_store, f"{_SIGNED} Austria signed the same day alongside them.", "Austria")
    assert [v for v, _ in told] == ["contradicts"]


def test_a_signer_beside_members_who_is_one_is_borne_out(check_store: Store) -> None:
    told = _told_in(check_store, f"{_SIGNED} Belgium signed in Washington along with Iceland and Portugal.",
                    "Belgium")
    assert told and all(v == "consistent" for v, _ in told)


def test_co_signers_of_another_deal_tell_nothing(check_store: Store) -> None:
    # (an object of its own: another agreement, not the one last spoken of)
    told = _told_in(check_store, f"{_SIGNED} Ireland signed a trade deal with Iceland that week.", "Ireland")
    assert all(v != "contradicts" for v, _ in told)


def test_a_name_put_to_the_treaty(check_store: Store) -> None:
    told = _told_in(check_store, f"{_SIGNED} Switzerland, too, put its name to the treaty that day.", "Switzerland")
    assert [v for v, _ in told] == ["contradicts"]
    told = _told_in(check_store, f"{_SIGNED} Iceland, too, put its name to the treaty that day.", "Iceland")
    assert told == [("consistent", "parties: Republic of Iceland")]


def test_a_name_that_went_on_the_treaty(check_store: Store) -> None:
    told = _told_in(check_store, f"{_SIGNED} Austria's name went on the treaty the same day.", "Austria")
    assert [v for v, _ in told] == ["contradicts"]
    told = _told_in(check_store, f"{_SIGNED} Portugal's name went on the treaty the same day.", "Portugal")
    assert [v for v, _ in told] == ["consistent"]
    # (a name put on something else tells no signature)
    assert not _told_in(check_store, f"{_SIGNED} Austria's name went on the list of observers.", "Austria")


def test_the_verb_told_again_by_as_or_so(check_store: Store) -> None:
    told = _told_in(check_store, "Norway and Denmark were among the founders of the North Atlantic Treaty in 1949, as "
                                 "were Austria and Iceland.", "Austria")
    assert [v for v, _ in told] == ["consistent", "contradicts"]
    assert "Austria" in told[1][1]
    told = _told_in(check_store, "Norway and Denmark are members of the North Atlantic Treaty, and so, since 1955, "
                                 "is Switzerland.", "Switzerland")
    assert [v for v, _ in told] == ["consistent", "contradicts"]


def test_a_partner_told_signing_beside_a_dated_signing(check_store: Store) -> None:
    told = _told_in(check_store, "On 4 April 1949 the twelve founders signed the North Atlantic Treaty in Washington, "
                                 "with Austria signing as well.", "Austria")
    assert [v for v, _ in told] == ["contradicts"]
    told = _told_in(check_store, "On 4 April 1949 the twelve founders signed the North Atlantic Treaty in Washington, "
                                 "with Iceland signing as well.", "Iceland")
    assert [v for v, _ in told] == ["consistent"]


def test_a_part_acted_in_the_treaty(check_store: Store) -> None:
    told = _told_in(check_store, f"{_SIGNED} Austria acted as a co-signatory of the treaty.", "Austria")
    assert [v for v, _ in told] == ["contradicts"]
    told = _told_in(check_store, f"{_SIGNED} Iceland served as one of its signatories.", "Iceland")
    assert [v for v, _ in told] == ["consistent"]
    assert not _told_in(check_store, f"{_SIGNED} Austria served as a mediator.", "Austria")


def test_a_co_signatory_told_by_its_noun(check_store: Store) -> None:
    told = _told_in(check_store, f"{_SIGNED} Austria was a co-signatory of the treaty.", "Austria")
    assert [v for v, _ in told] == ["contradicts"]
    told = _told_in(check_store, f"{_SIGNED} Iceland was a co-signatory of the treaty.", "Iceland")
    assert [v for v, _ in told] == ["consistent"]
