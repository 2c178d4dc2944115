// The names the tagging transform (tag-transform.ts) writes into transformed modules and the
// harness implements at run time. Kept apart from the transform so that the harness reads them
// without loading the TypeScript compiler (a test run whose sources are unchanged never needs it).
/** Local name of castValue in transformed modules. */
export const CAST = "__apimCast";

/** Runtime member the harness's Variables implements; see harness/apim. */
export const TYPED_GET_VALUE_OR_DEFAULT = "__typedGetValueOrDefault";

/** Runtime member the harness's JSON tokens implement for `Value<T>(key)`; see harness/dotnet/json. */
export const TYPED_JSON_VALUE = "__typedJsonValue";

/** Runtime member the harness's JSON tokens implement for `Values<T>()`; see harness/dotnet/json. */
export const TYPED_JSON_VALUES = "__typedJsonValues";

/** Runtime member the harness's JSON tokens implement for `ToObject<T>()`; see harness/dotnet/json. */
export const TYPED_JSON_TO_OBJECT = "__typedJsonToObject";

/** Runtime member the harness's JsonConvert implements for `DeserializeObject<T>(text)`. */
export const TYPED_JSON_DESERIALIZE = "__typedDeserializeObject";

/** Runtime member the harness's message bodies implement for `Body.As<T>()`; see harness/apim. */
export const TYPED_BODY_AS = "__typedBodyAs";

/** Local name of elementRead in transformed modules (src/model/element-access.ts). */
export const ELEMENT_READ = "__apimRead";

/** Local name of elementWrite in transformed modules (src/model/element-access.ts). */
export const ELEMENT_WRITE = "__apimWrite";
