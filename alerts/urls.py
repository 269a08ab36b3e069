"""Offer alert pages, under the language prefix (/fr/alerts/…, /en/alerts/…).

The RFC 8058 one-click address is outside it (careers_site/urls.py): it acts the same in
every language and mail programs post to it without a session.
"""

from django.urls import path

from . import views

app_name = "alerts"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("manage/<str:token>/", views.manage, name="manage"),
]
