// htmx sends the session's CSRF token with every request it makes (the <body> carries it).
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.body.getAttribute("data-csrf");
  if (token) { event.detail.headers["X-CSRF-Token"] = token; }
});

// The live board long-polls the server; when a poll fails (the server restarting, a proxy
// timing out) it tries again a few seconds later instead of freezing.
function retryBoard(event) {
  var board = event.detail.elt;
  if (!board || board.id !== "board") { return; }
  board.setAttribute("data-stale", "1");
  setTimeout(function () {
    if (document.body.contains(board)) {
      htmx.ajax("GET", board.getAttribute("hx-get"), { target: board, swap: "outerHTML" });
    }
  }, 3000);
}
document.addEventListener("htmx:sendError", retryBoard);
document.addEventListener("htmx:responseError", retryBoard);
