// Rating form on output-cached pages (社会评议): fetch this visitor's antiforgery token, then post the form.
// Without this script the form stays a GET to the rating page, which has its own token.
document.querySelectorAll("form[data-token-url]").forEach(async (form) => {
  try {
    const response = await fetch(form.dataset.tokenUrl, { credentials: "same-origin", cache: "no-store" });
    if (!response.ok) return;
    const { field, token } = await response.json();
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = field;
    input.value = token;
    form.appendChild(input);
    form.method = "post";
  } catch {
    // keep the GET fallback
  }
});
