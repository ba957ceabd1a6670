"""Directory tables, close to Open Referral HSDS: organization, service, location, phone, schedule.

One source row is one service at one place, so a service has exactly one location. The search
reads `directory_locations` through its (latitude, longitude) index and joins the service by key.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, Double, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.db.base import Base, UTCDateTime, utcnow


class Organization(Base):
    """Who runs a service; found again by its exact name."""

    __tablename__ = "directory_organizations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)

    services: Mapped[list[Service]] = relationship(back_populates="organization")


class Location(Base):
    """Where a service is; `precision` says whether the point is the site or the city centre."""

    __tablename__ = "directory_locations"
    __table_args__ = (Index("ix_directory_locations_lat_lon", "latitude", "longitude"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    address: Mapped[str | None] = mapped_column(String(500), nullable=True)
    city: Mapped[str | None] = mapped_column(String(200), nullable=True)
    state: Mapped[str | None] = mapped_column(String(100), nullable=True)
    country: Mapped[str] = mapped_column(String(2))
    # None when an import kept the row but refused its coordinates (precision `none`).
    latitude: Mapped[float | None] = mapped_column(Double, nullable=True)
    longitude: Mapped[float | None] = mapped_column(Double, nullable=True)
    precision: Mapped[str] = mapped_column(String(8))
    timezone: Mapped[str] = mapped_column(String(64))

    service: Mapped[Service] = relationship(back_populates="location")


class Service(Base):
    """One service at one place, keyed by the source file's `id` (`external_id`).

    `latitude`/`longitude` repeat the location's so that one index, (category, latitude,
    longitude), answers "this kind of service inside this box" without touching other rows.
    """

    __tablename__ = "directory_services"
    __table_args__ = (
        Index("ix_directory_services_category_lat_lon", "category", "latitude", "longitude"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str] = mapped_column(String(64), unique=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("directory_organizations.id", ondelete="SET NULL"), nullable=True
    )
    location_id: Mapped[int] = mapped_column(
        ForeignKey("directory_locations.id", ondelete="CASCADE"), unique=True
    )
    name: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(32))
    latitude: Mapped[float | None] = mapped_column(Double, nullable=True)
    longitude: Mapped[float | None] = mapped_column(Double, nullable=True)
    populations: Mapped[str] = mapped_column(String(300), default="")
    languages: Mapped[str] = mapped_column(String(100), default="")
    cost: Mapped[str | None] = mapped_column(String(16), nullable=True)
    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    website: Mapped[str | None] = mapped_column(String(500), nullable=True)
    hours: Mapped[str | None] = mapped_column(String(300), nullable=True)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    source_url: Mapped[str | None] = mapped_column(Text, nullable=True)
    verified_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    source: Mapped[str] = mapped_column(String(300))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # Who confirms the entry (the freshness loop asks them), and the source's words on fees.
    update_email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    update_whatsapp: Mapped[str | None] = mapped_column(String(32), nullable=True)
    fees: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Kept across imports: a provider's (or staff's) confirmation, room tonight, staff's "keep".
    confirmed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    capacity: Mapped[str | None] = mapped_column(String(16), nullable=True)
    capacity_beds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    capacity_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    kept_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    organization: Mapped[Organization | None] = relationship(back_populates="services")
    location: Mapped[Location] = relationship(back_populates="service")
    phones: Mapped[list[Phone]] = relationship(
        back_populates="service", cascade="all, delete-orphan", order_by="Phone.position"
    )
    schedules: Mapped[list[Schedule]] = relationship(
        back_populates="service", cascade="all, delete-orphan", order_by="Schedule.weekday"
    )


class Phone(Base):
    """A number to call (`voice`) or to write to on WhatsApp (`whatsapp`)."""

    __tablename__ = "directory_phones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_id: Mapped[int] = mapped_column(
        ForeignKey("directory_services.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer, default=0)

    service: Mapped[Service] = relationship(back_populates="phones")


class Schedule(Base):
    """One opening interval on one weekday (0 = Monday), local time of the location."""

    __tablename__ = "directory_schedules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_id: Mapped[int] = mapped_column(
        ForeignKey("directory_services.id", ondelete="CASCADE"), index=True
    )
    weekday: Mapped[int] = mapped_column(Integer)
    opens_at: Mapped[str] = mapped_column(String(5))
    closes_at: Mapped[str] = mapped_column(String(5))

    service: Mapped[Service] = relationship(back_populates="schedules")


class ConfirmationRequest(Base):
    """One signed link sent to a service's contact: "is this still right? room tonight?".

    The link carries only this row's `nonce`, signed; the row says which service, how it went
    out, until when it works and whether staff revoked it.
    """

    __tablename__ = "directory_confirmations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_id: Mapped[int] = mapped_column(
        ForeignKey("directory_services.id", ondelete="CASCADE"), index=True
    )
    nonce: Mapped[str] = mapped_column(String(32), unique=True)
    channel: Mapped[str] = mapped_column(String(16))  # email | whatsapp
    status: Mapped[str] = mapped_column(String(16))  # sent | failed | revoked
    error: Mapped[str | None] = mapped_column(String(200), nullable=True)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class LinkEvent(Base):
    """The audit of the provider's page: every view and answer through a link, no address kept."""

    __tablename__ = "directory_link_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("directory_confirmations.id", ondelete="CASCADE"), index=True, nullable=True
    )
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Proposal(Base):
    """Changes a provider proposed through the link; staff approve or reject them."""

    __tablename__ = "directory_proposals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_id: Mapped[int] = mapped_column(
        ForeignKey("directory_services.id", ondelete="CASCADE"), index=True
    )
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("directory_confirmations.id", ondelete="SET NULL"), nullable=True
    )
    changes: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decided_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
