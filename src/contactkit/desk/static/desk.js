// contactkit desk: small enhancements; every page works without them.
(function () {
  "use strict";
  // Scan: drop files on the drop zone, and watch each card's progress.
  var input = document.getElementById("cards");
  var zone = document.querySelector(".dropzone");
  if (input && zone) {
    ["dragenter", "dragover"].forEach(function (type) {
      zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (e) {
      e.preventDefault();
      input.files = e.dataTransfer.files;
      document.getElementById("scan-form").submit();
    });
  }
  var jobs = document.getElementById("jobs");
  if (jobs) {
    var poll = function () {
      fetch(jobs.dataset.poll, { headers: { Accept: "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (list) {
          var busy = false;
          list.forEach(function (job) {
            var row = jobs.querySelector('tr[data-id="' + job.id + '"]');
            if (!row) { return; }
            var cell = row.querySelector(".status");
            var text = job.status + (job.message ? ": " + job.message : "");
            if (cell.textContent !== text) {
              cell.textContent = text;
              cell.className = "status status-" + job.status;
              if (job.status === "done" || job.status === "review") { window.location.reload(); }
            }
            busy = busy || job.status === "waiting" || job.status === "reading";
          });
          if (busy) { window.setTimeout(poll, 1000); }
        });
    };
    if (jobs.querySelector(".status-waiting, .status-reading")) { poll(); }
  }
})();
