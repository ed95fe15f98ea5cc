"""Searching published answers with or without diacritics: every word typed must begin a word
of the title, question, answer, place or answering unit, compared folded ("đèn" = "den");
answers where the words match with their marks as typed come first, then the newest."""

from django.db.models import Case, IntegerField, Q, Value, When

from bantin.vietnamese.tokens import WORD, exact_key, folded_key

MAX_WORDS = 12


def search_published(enquiries, text="", kind=""):
    if kind:
        enquiries = enquiries.filter(kind=kind)
    words = WORD.findall(text or "")[:MAX_WORDS]
    if not words:
        return enquiries.order_by("-published_at", "-pk")
    exact = Q()
    for word in words:
        enquiries = enquiries.filter(search_folded__contains=f" {folded_key(word)}")
        exact &= Q(search_exact__contains=f" {exact_key(word)}")
    rank = Case(When(exact, then=Value(0)), default=Value(1), output_field=IntegerField())
    return enquiries.order_by(rank, "-published_at", "-pk")
