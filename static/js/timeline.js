// The interactive time axis of /timeline/: the filtered activities from /timeline/items.json,
// drawn by the vendored vis-timeline (static/vendor/vis-timeline/). Items on their dates, ranges
// for visits of several days, one row per kind or province; a click opens the activity.
(function () {
  "use strict";
  var box = document.getElementById("vis-timeline");
  if (!box || !window.vis) return;
  var lang = document.documentElement.lang || "vi";
  var text = JSON.parse(document.getElementById("timeline-text").textContent);

  // Text, never HTML: titles and names come from articles.
  function textOf(value) {
    var span = document.createElement("span");
    span.textContent = value;
    return span;
  }

  function listUndated(items, more) {
    var list = document.getElementById("undated-list");
    var wrap = document.getElementById("undated");
    if (!list || !wrap) return;
    items.forEach(function (item) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = item.url;
      a.textContent = item.content;
      li.appendChild(a);
      list.appendChild(li);
    });
    wrap.querySelector(".n").textContent = items.length + (more ? "+" : "");
    wrap.hidden = items.length === 0;
  }

  fetch(box.dataset.src, { headers: { Accept: "application/json" } })
    .then(function (r) { return r.json().then(function (data) { return { ok: r.ok, data: data }; }); })
    .then(function (answer) {
      var data = answer.data;
      if (!answer.ok) { box.textContent = text.error; return; }
      if (data.truncated) {
        var note = document.getElementById("timeline-note");
        note.textContent = text.truncated.replace("%(limit)s", data.limit);
        note.hidden = false;
      }
      listUndated(data.undated, data.undated_truncated);
      if (!data.items.length) { box.textContent = text.empty; box.classList.add("muted"); return; }
      // The whole filtered span in view from the start, with a margin on either side.
      var first = Date.parse(data.items[0].start);
      var last = Math.max.apply(null, data.items.map(function (i) { return Date.parse(i.end || i.start); }));
      var margin = Math.max((last - first) * 0.05, 1000 * 60 * 60 * 24 * 15);
      var options = {
        start: new Date(first - margin),
        end: new Date(last + margin),
        locale: lang,
        locales: { vi: { current: "hiện tại", time: "thời gian" }, en: { current: "current", time: "time" } },
        stack: true,
        align: "left",
        orientation: "top",
        zoomMin: 1000 * 60 * 60 * 24 * 7,
        zoomMax: 1000 * 60 * 60 * 24 * 365 * 40,
        showCurrentTime: false,
        maxHeight: 560,
        selectable: true,
        format: {
          minorLabels: { millisecond: "", second: "", minute: "", hour: "", weekday: "D/M", day: "D", week: "D/M", month: "MM", year: "YYYY" },
          majorLabels: { millisecond: "", second: "", minute: "DD/MM/YYYY", hour: "DD/MM/YYYY", weekday: "MM/YYYY", day: "MM/YYYY", week: "MM/YYYY", month: "YYYY", year: "" }
        }
      };
      var items = data.items.map(function (item) {
        return Object.assign({}, item, { content: textOf(item.content), title: textOf(item.title) });
      });
      var groups = data.groups.map(function (group) {
        return { id: group.id, content: textOf(group.content) };
      });
      var timeline = new vis.Timeline(box, new vis.DataSet(items), new vis.DataSet(groups), options);
      var urls = {};
      data.items.forEach(function (item) { urls[item.id] = item.url; });
      timeline.on("select", function (props) {
        if (props.items.length) window.location.href = urls[props.items[0]];
      });
      document.querySelectorAll("[data-zoom-step]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
          var step = parseFloat(button.dataset.zoomStep);
          if (step > 0) timeline.zoomIn(step); else timeline.zoomOut(-step);
        });
      });
      box.dataset.ready = "true";
      window.doingoaiTimeline = timeline; // read by the browser tests (tests/browser/test_site.py)
    })
    .catch(function () { box.textContent = text.error; });
})();
