"""What an ingest run did: one row per run, one per file that failed or was loaded; the sites
`manage.py collect` follows, and every page it fetched."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class IngestRun(models.Model):
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    paths = models.JSONField(_("paths"), default=list)
    dry_run = models.BooleanField(_("dry run (nothing stored)"), default=False)
    read = models.PositiveIntegerField(_("articles read"), default=0)
    new = models.PositiveIntegerField(_("new activities"), default=0)
    known = models.PositiveIntegerField(_("already known"), default=0)
    merged = models.PositiveIntegerField(_("merged into an existing activity"), default=0)
    failed = models.PositiveIntegerField(_("failed"), default=0)
    # The process that runs it: a run left unfinished by a process that is gone (killed,
    # SIGKILL, a power cut) is marked interrupted by the next run on the same host.
    host = models.CharField(_("host"), max_length=255, blank=True)
    pid = models.PositiveIntegerField(_("process id"), null=True, blank=True)
    interrupted = models.BooleanField(_("interrupted"), default=False)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("ingest run")
        verbose_name_plural = _("ingest runs")

    def __str__(self):
        return gettext("run %(pk)s (%(at)s)") % {"pk": self.pk, "at": f"{self.started_at:%d/%m/%Y %H:%M}"}

    @property
    def status(self):
        if self.interrupted:
            return "interrupted"
        return "finished" if self.finished_at else "running"

    STATUS_LABELS = {"interrupted": _("interrupted"), "finished": _("finished"), "running": _("running")}

    @property
    def status_label(self):
        return self.STATUS_LABELS[self.status]


class IngestItem(models.Model):
    class Outcome(models.TextChoices):
        NEW = "new", _("new activity")
        MERGED = "merged", _("merged into an existing activity")
        KNOWN = "known", _("already known")
        NOT_ACTIVITY = "not_activity", _("no activity")
        FAILED = "failed", _("failed")

    run = models.ForeignKey(IngestRun, verbose_name=_("ingest run"), on_delete=models.CASCADE, related_name="items")
    path = models.CharField(_("file"), max_length=1000)
    outcome = models.CharField(_("outcome"), max_length=16, choices=Outcome.choices)
    article = models.ForeignKey(
        "visits.Article", verbose_name=_("article"), null=True, blank=True, on_delete=models.SET_NULL
    )
    message = models.TextField(_("message"), blank=True)

    class Meta:
        verbose_name = _("ingest item")
        verbose_name_plural = _("ingest items")

    def __str__(self):
        return f"{self.path}: {self.get_outcome_display()}"


class SourceManager(models.Manager):
    def get_by_natural_key(self, url):
        return self.get(url=url)


class Source(models.Model):
    """A site that `manage.py collect` follows: a news feed, a sitemap or a listing page."""

    class Kind(models.TextChoices):
        FEED = "feed", "RSS/Atom"
        SITEMAP = "sitemap", "Sơ đồ trang (sitemap XML)"
        LISTING = "listing", "Trang danh sách (bộ chọn CSS)"

    name = models.CharField("tên nguồn (cơ quan báo chí)", max_length=200)
    url = models.URLField("địa chỉ", max_length=1000, unique=True)
    kind = models.CharField("loại", max_length=16, choices=Kind.choices, default=Kind.FEED)
    selector = models.CharField(
        "bộ chọn CSS của liên kết bài",
        max_length=300,
        blank=True,
        help_text="Chỉ cho trang danh sách, ví dụ: .list-news h3 a",
    )
    province = models.ForeignKey(
        "provinces.Province",
        verbose_name="tỉnh gợi ý",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Tỉnh của bài khi văn bản không nêu rõ (cổng tỉnh, báo tỉnh).",
    )
    active = models.BooleanField("đang theo dõi", default=True)
    interval = models.PositiveIntegerField("kiểm tra mỗi (phút)", default=60)
    notes = models.TextField("ghi chú", blank=True)

    # What the last checks did (written by collect, never by hand).
    next_check_at = models.DateTimeField("lần kiểm tra tới", null=True, blank=True, db_index=True)
    last_checked_at = models.DateTimeField("kiểm tra lần cuối", null=True, blank=True)
    last_status = models.PositiveSmallIntegerField("mã HTTP lần cuối", null=True, blank=True)
    etag = models.CharField("ETag", max_length=500, blank=True)
    last_modified = models.CharField("thời điểm sửa cuối (Last-Modified)", max_length=100, blank=True)
    validators = models.JSONField(
        "ETag / Last-Modified của sitemap con", default=dict, blank=True
    )
    last_found = models.PositiveIntegerField("liên kết tìm thấy", default=0)
    last_new = models.PositiveIntegerField("bài mới tải", default=0)
    last_failed = models.PositiveIntegerField("bài lỗi", default=0)
    last_error = models.TextField("lỗi lần cuối", blank=True)
    # The process checking it now (a claim taken under a row lock; collect.run.claim_source).
    claimed_by = models.CharField("đang kiểm tra bởi (máy)", max_length=300, blank=True, editable=False)
    claimed_pid = models.PositiveIntegerField("mã tiến trình kiểm tra", null=True, blank=True, editable=False)
    claimed_at = models.DateTimeField("nhận kiểm tra lúc", null=True, blank=True, editable=False)
    claimed_until = models.DateTimeField("giữ quyền kiểm tra đến", null=True, blank=True, editable=False)

    CHECK_FIELDS = [
        "next_check_at", "last_checked_at", "last_status", "etag", "last_modified", "validators",
        "last_found", "last_new", "last_failed", "last_error",
        "claimed_by", "claimed_pid", "claimed_at", "claimed_until",
    ]
    # Staff edits have a history; the checks' own bookkeeping does not.
    history = HistoricalRecords(excluded_fields=CHECK_FIELDS)
    objects = SourceManager()  # by URL: `loaddata sources_vn` adds or updates, never duplicates

    class Meta:
        ordering = ["name"]
        verbose_name = "nguồn tin"
        verbose_name_plural = "nguồn tin"

    def __str__(self):
        return f"{self.name} ({self.get_kind_display()})"

    def natural_key(self):
        return (self.url,)

    def clean(self):
        if self.kind == self.Kind.LISTING and not self.selector.strip():
            raise ValidationError({"selector": "Trang danh sách cần một bộ chọn CSS cho liên kết bài."})
        if self.selector.strip():
            from .collect.sources import check_selector

            problem = check_selector(self.selector)
            if problem:
                raise ValidationError({"selector": problem})


class FetchedPage(models.Model):
    """One article page, by its canonical URL: claimed before it is fetched (the unique hash
    makes two processes never fetch it both), then kept with its raw bytes and its article."""

    class State(models.TextChoices):
        CLAIMED = "claimed", "đang tải"
        DONE = "done", "đã tải"
        FAILED = "failed", "lỗi"

    url_hash = models.CharField("mã băm địa chỉ", max_length=64, unique=True, editable=False)
    url = models.CharField("địa chỉ (chuẩn hóa)", max_length=2000)
    final_url = models.CharField("địa chỉ sau chuyển hướng", max_length=2000, blank=True)
    source = models.ForeignKey(
        Source, verbose_name="nguồn tin", null=True, blank=True, on_delete=models.SET_NULL, related_name="pages"
    )
    state = models.CharField("trạng thái", max_length=16, choices=State.choices, default=State.CLAIMED)
    claimed_by = models.CharField("đang tải bởi (máy)", max_length=300, blank=True)
    claimed_pid = models.PositiveIntegerField("mã tiến trình tải", null=True, blank=True)
    claimed_at = models.DateTimeField("nhận tải lúc", null=True, blank=True)
    attempts = models.PositiveSmallIntegerField("số lần tải", default=0)
    retry_at = models.DateTimeField("thử lại sau", null=True, blank=True)
    fetched_at = models.DateTimeField("tải lúc", null=True, blank=True)
    status_code = models.PositiveSmallIntegerField("mã HTTP", null=True, blank=True)
    etag = models.CharField("ETag", max_length=500, blank=True)
    last_modified = models.CharField("thời điểm sửa cuối (Last-Modified)", max_length=100, blank=True)
    content_type = models.CharField("kiểu nội dung", max_length=200, blank=True)
    encoding = models.CharField("bảng mã", max_length=40, blank=True)
    body = models.BinaryField("trang gốc", null=True, blank=True)
    title = models.CharField("tiêu đề", max_length=500, blank=True)
    published = models.DateField("ngày đăng (siêu dữ liệu)", null=True, blank=True)
    published_from = models.CharField("ngày đăng lấy từ", max_length=16, blank=True)
    author = models.CharField("tác giả", max_length=300, blank=True)
    outcome = models.CharField("kết quả", max_length=16, choices=IngestItem.Outcome.choices, blank=True)
    error = models.TextField("lỗi", blank=True)
    article = models.ForeignKey(
        "visits.Article", verbose_name="bài báo", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-fetched_at", "-id"]
        verbose_name = "trang đã tải"
        verbose_name_plural = "trang đã tải"

    def __str__(self):
        return self.url
