// Language negotiation: the first supported language of the request's Accept-Language ranges (in
// the order the client sent them; quality values are not weighed) is passed to the backend as
// `X-Language`, English when none is supported. A loop over the ranges, a switch over the tags.
import { base, policy, setHeader } from "apim-ts";

export default policy({
  inbound: [
    base(),
    setHeader("X-Language", (context) => {
      const ranges = context.Request.Headers.GetValueOrDefault("Accept-Language", "").split(",");
      let chosen = "";
      for (let i = 0; i < ranges.length && chosen === ""; i++) {
        const tag = ranges[i]!.split(";")[0]!.trim();
        switch (tag) {
          case "de":
          case "de-DE":
          case "de-AT":
            chosen = "de";
            break;
          case "fr":
          case "fr-FR":
            chosen = "fr";
            break;
          case "en":
          case "en-US":
          case "en-GB":
            chosen = "en";
            break;
        }
      }
      return chosen === "" ? "en" : chosen;
    }),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
