"""The library's filters and search, read from the query string; odd values are ignored."""

from dataclasses import dataclass

from bantin.legaldocs.kinds import DOCUMENT_TYPES, TYPE_LABELS
from bantin.vietnamese.docnumbers import key_tokens

MAX_QUERY = 200


@dataclass
class DocumentFilters:
    doc_type: str = ""
    issuer: str = ""
    sector: str = ""
    year: int | None = None
    text: str = ""

    @classmethod
    def from_query(cls, query):
        year = query.get("nam", "").strip()
        doc_type = query.get("loai", "").strip()
        return cls(
            doc_type=doc_type if doc_type in TYPE_LABELS else "",
            issuer=query.get("co-quan", "").strip()[:255],
            sector=query.get("linh-vuc", "").strip()[:255],
            year=int(year) if year.isdigit() and 1900 <= int(year) <= 2999 else None,
            text=" ".join(query.get("q", "").split())[:MAX_QUERY],
        )

    @property
    def active(self):
        return bool(self.doc_type or self.issuer or self.sector or self.year or self.text)

    def apply(self, documents):
        from bantin.legaldocs.models import ranked_by_number

        if self.doc_type:
            documents = documents.filter(doc_type=self.doc_type)
        if self.issuer:
            documents = documents.filter(issuer=self.issuer)
        if self.sector:
            documents = documents.filter(sector=self.sector)
        if self.year:
            documents = documents.filter(issued_on__year=self.year)
        if self.text:
            for token in key_tokens(self.text):
                documents = documents.filter(search_text__contains=f" {token}")
            documents = ranked_by_number(documents, self.text)
        return documents

    def choices(self, documents):
        """What the library holds, for the filters' lists: types, issuers, fields, years."""
        present = set(documents.order_by().values_list("doc_type", flat=True).distinct())
        return {
            "types": [(code, label) for code, label in DOCUMENT_TYPES if code in present],
            "issuers": distinct(documents, "issuer"),
            "sectors": distinct(documents, "sector"),
            "years": [day.year for day in documents.order_by().dates("issued_on", "year")][::-1],
        }


def distinct(documents, field):
    values = documents.order_by(field).values_list(field, flat=True).distinct()
    return [value for value in values if value]
