// Import entries of the caching policies: the response cache (cache-lookup, cache-store) and the
// value cache (cache-lookup-value, cache-store-value, cache-remove-value). Each mirrors its
// policy's `toXml` (src/policies/<element>.ts): the same attributes, children in the same order,
// the same slot kinds. A literal outside the set of values a builder accepts (caching-type,
// downstream-caching-type) is refused here, so it stays rawXml(...) with the reason instead of
// becoming a builder call that fails to build.
import { CACHING_TYPES } from "../policies/cache-lookup-value.ts";
import { DOWNSTREAM_CACHING_TYPES } from "../policies/cache-lookup.ts";
import {
  arrayOf,
  callArguments,
  inOrder,
  oneOfAttribute,
  withId,
  type ElementImport,
  type ElementInput,
} from "./policy-import-helpers.ts";

/** cache-lookup.ts writes its children in this order. */
const LOOKUP_CHILDREN = ["vary-by-header", "vary-by-query-parameter"];

/** The names of `<name>` children (literal text, one element each). */
const names = (input: ElementInput, name: string) =>
  input.children(name).map((child) => input.text("literal", child));

/** caching-type: literal only, internal / external / prefer-external (cache-lookup-value.ts). */
const cachingType = (input: ElementInput) =>
  oneOfAttribute(input, "caching-type", "literal", CACHING_TYPES);

export const CACHING_IMPORTS: Readonly<Record<string, ElementImport>> = {
  "cache-lookup": (input) => {
    inOrder(input, LOOKUP_CHILDREN);
    const headers = names(input, "vary-by-header");
    const parameters = names(input, "vary-by-query-parameter");
    return `cacheLookup(${withId(input, [
      ["varyByDeveloper", input.required("vary-by-developer", "bool")],
      ["varyByDeveloperGroups", input.required("vary-by-developer-groups", "bool")],
      ["cachingType", cachingType(input)],
      [
        "downstreamCachingType",
        oneOfAttribute(input, "downstream-caching-type", "value", DOWNSTREAM_CACHING_TYPES),
      ],
      ["mustRevalidate", input.attribute("must-revalidate", "bool")],
      ["allowPrivateResponseCaching", input.attribute("allow-private-response-caching", "bool")],
      ["varyByHeaders", headers.length ? arrayOf(headers) : undefined],
      ["varyByQueryParameters", parameters.length ? arrayOf(parameters) : undefined],
    ])})`;
  },
  "cache-store": (input) =>
    `cacheStore(${withId(input, [
      ["duration", input.required("duration", "int")],
      ["cacheResponse", input.attribute("cache-response", "bool")],
    ])})`,
  "cache-lookup-value": (input) =>
    `cacheLookupValue(${withId(input, [
      ["key", input.required("key", "value")],
      ["variableName", input.required("variable-name", "literal")],
      ["defaultValue", input.attribute("default-value", "value")],
      ["cachingType", cachingType(input)],
    ])})`,
  "cache-store-value": (input) =>
    `cacheStoreValue(${withId(input, [
      ["key", input.required("key", "value")],
      ["value", input.required("value", "value")],
      ["duration", input.required("duration", "int")],
      ["cachingType", cachingType(input)],
    ])})`,
  "cache-remove-value": (input) =>
    `cacheRemoveValue(${callArguments([input.required("key", "value"), withId(input, [["cachingType", cachingType(input)]])])})`,
};

export const CACHING_BUILDERS: Readonly<Record<string, string>> = {
  "cache-lookup": "cacheLookup",
  "cache-store": "cacheStore",
  "cache-lookup-value": "cacheLookupValue",
  "cache-store-value": "cacheStoreValue",
  "cache-remove-value": "cacheRemoveValue",
};
