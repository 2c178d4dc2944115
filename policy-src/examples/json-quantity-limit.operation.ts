// A numeric limit from a variable compared with a JSON field: the largest order quantity depends
// on the caller's product (set once by set-variable as an int: 500 for "Premium", 50 otherwise)
// and an order whose `quantity` is over it is refused with a JSON 400 naming the limit. The body
// is read with As<JObject>(preserveContent: true) so the backend still receives it; the limit is
// read back with the Variables indexer and a cast, as teams write it. A missing quantity reads
// as 0 (Value<int> of an absent property is default(int)) and is left to the backend to reject.
import {
  base,
  choose,
  int,
  JObject,
  policy,
  returnResponse,
  setBody,
  setHeader,
  setStatus,
  setVariable,
  when,
} from "apim-ts";

export default policy({
  inbound: [
    base(),
    setVariable("maxQuantity", (context) =>
      context.Product != null && context.Product.Name === "Premium" ? 500 : 50,
    ),
    choose(
      when(
        (context) =>
          context.Request.Body!.As<JObject>(true).Value<int>("quantity") >
          (context.Variables["maxQuantity"] as int),
        [
          returnResponse([
            setStatus(400, "Bad Request"),
            setHeader("Content-Type", "application/json"),
            setBody(
              (context) =>
                `{"error":"quantity over the limit","limit":${context.Variables["maxQuantity"] as int}}`,
            ),
          ]),
        ],
      ),
    ),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
