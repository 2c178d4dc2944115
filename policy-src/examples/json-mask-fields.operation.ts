// Masking personal data in a JSON response: a customer record leaves the API with its e-mail
// reduced to its domain (`***@contoso.com`), its phone and card numbers replaced by "***" and its
// national id removed, unless the caller's subscription belongs to the "Support" product. Fields
// that are absent or JSON null are left alone; answers other than 200 pass through.
import { base, choose, Formatting, JObject, policy, setBody, when } from "apim-ts";

const MASK = "***";

export default policy({
  inbound: [base()],
  backend: [base()],
  outbound: [
    base(),
    choose(
      when(
        (context) =>
          context.Response.StatusCode === 200 &&
          !(context.Product != null && context.Product.Name === "Support"),
        [
          setBody((context) => {
            const customer = context.Response.Body!.As<JObject>();
            const email = customer["email"] as string | null;
            if (email != null) {
              const parts = email.split("@");
              customer.Remove("email");
              customer.Add("email", parts.length === 2 ? MASK + "@" + (parts[1] ?? "") : MASK);
            }
            for (const name of ["phone", "cardNumber"]) {
              if ((customer[name] as string | null) != null) {
                customer.Remove(name);
                customer.Add(name, MASK);
              }
            }
            customer.Remove("nationalId");
            return customer.ToString(Formatting.None);
          }),
        ],
      ),
    ),
  ],
  onError: [base()],
});
