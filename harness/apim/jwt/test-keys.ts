// Fixed RSA test keys (2048-bit, made once with node:crypto generateKeyPairSync and committed):
// tests are deterministic, so no key is generated at run time. They sign test tokens only; they
// protect nothing. `issuer` plays the token issuer's key, `other` a key the policy does not trust.
import type { JWK } from "jose";

/** Private RSA keys as JWK (RFC 7517); the public half is `n` and `e`. */
export const TEST_RSA_KEYS: { readonly issuer: JWK; readonly other: JWK } = {
  issuer: {
    kty: "RSA",
    n: "iN1Dx6KwvgCl1TvxewPh6S5TqQBMARDCrTWn1pdUCArxaMPiSayTtXJDouAEdh6cvIvcuAGpN56L0b-pAwfQSr29xRIQGYlXNqTQFCPxc9--SVSxbbB4rM3-rmQMCxXXM0JyiHmTm4BoBHgqYUfYTMPDa1Gy-vimNuj27AyiejXYhuITLoEcgWXFQCZwxgUdpbn1EFNWJrRzACt8AgQJuOvPd6JdOyKOHZD8O4CsA9Imh9rllxDgcQywID0b_NBA99AEAFg7XRQt6_gzrLLn_TRObFkfRno0G7XoPE6kIyJeROK8KJ1cQ7n_1fPqizakMXklbLRHLahFhFE4KpF8LQ",
    e: "AQAB",
    d: "AyPEwUpyt8A-8TfmtQz2TlRZLzIbxSPSEbRFvU1LpTTr8tVuOdo6N-hil0aAkCSwTcxUej9FuthbfeOMegduow2jfLxuHztnrgHKIf-0M05rQW8ugmGRAVwRvxMWfBW6g8W_BHFdjkkffU8z9T4-W0Vbv04vuNLbOqBb-qkv_CAlgrEv0xSoCeY9ria8oNNpl0MypbzsyEp4IW1wlsIMOz6qyzf-eJgMhRYqJBEph0mfLG1lz9farBiM8D3N1IQ_9jcKIUuLrtKDFb3SqEjcQfX4hS4DaHlDC-DxuOpiE2HBAJ18dmh6LOrdtxXG2sTCileyfirkV7qU85e6jyq_1Q",
    p: "wCxls3Vv90RNnO6PvxYFdNgoD8DUyfKnxtVB_VNQH5SUtp90_UxsC6B8655Kjqd_iUfRhMYEr1lGsFxbUxvXIvdzTKXigqmo8DYqzYhSjePkn_ZVr0cSnMaRaVhTAZlqkNBo0VgaN_bxWGklGKlXcUCc9dFirToyIv6FIzOsB-M",
    q: "tlIxoShm8a7UKBm-LceHEjPFcqZ26QEwVvjBARlM6ybRKMGaw3GQ_epV52fh5akhGVqT-syjtMMldgwt8UYtzWHCdqEkQf5wf1_d3eJkO5ME-yKVBIcOmYqI-DBEdSb32vnyKA5Z_LDhQVMgQn42db9E-KslR9kekq-IBXyzCK8",
    dp: "Kr21IOTNskEOwgiNEALl08b_ogFRUlkV17M2qhENkPiK2tM8QdntbeiT4BOkoXW_d9jxUIZ6JEXG4xKnfSSEBNLkYffDGSyC1mo1uuDG-6fkAW_YPtOf4B6J2NQ8Ie7tNKglp-ngavIRW4iHJ6UCPb4RKtsXB1AaNo5FLj8f0-E",
    dq: "Ru3DEQc-xVdWgiNBsV2mVpZ9ghTwvcUQoUU1ENBe9DytskVfiBluZtn7gYMQhuA9WDe8yh1CstgYgsxKM0syFmyp0qzuBh6OdX8-OUwR4ntXvLu_bXt9Wo5iqutcNpdqZW5Hnv22VHAbseY87qFbXoOCuZsbbdAx7K8NI9VXcVE",
    qi: "kSlZ9ToPDaXPfaqCSJyrSTxdmLrnCSVbRhkNo2ItUh0XtTdzYy6x1gmLCWX53cFavlWEKmaEGBwsMtu4urzYw_HYa4BH8GCqVl5Oy_tM0hLQ-K5hqN6Y0CvQBeJ5xZBqSq68mj3eXk-s6OtFF6G3I9rzGLlMJynXIOwPavOXcDM",
  },
  other: {
    kty: "RSA",
    n: "tEOQg1bbpt8YnG-7oO8JB-pbTRXfMJEqa4aHXihJDECC1iYV0jjEAj4c0-2gbTtPr3HAdLUg-hY5RVP_X_mYP44cm4x3nVA7Bbx82hShJk1o4AAqGnpGRgL1MIRaVBuErML-fKp0_ZkaomloK0CWkQLDZ8KYdenB1ahVZ9YGMpySbojl3MaGyArFjcr0XWedRLjhKCoyUeCuWC2fFS5jgw_jEIVXyVvXyxwjfJcN1GZT4VPFYQU2mIydCe02hBRF_o3Fafz3r-Fc7D0UBEeaotKjUI3qGBu9kIx9cj0k0m0xqfBy2P1XyENVRUCFRAiLS0rPhIkQlFI-_-4lbacoNQ",
    e: "AQAB",
    d: "Qpvus-FuA7DPPsr4qWR6UU7zUr4gvSj-5EGPFqdLKrhRwEDNcmMgZnW-ID9fts0iSkF9rIJbf52jpu79X-DyNZXVE1MpxdrmHF4EQm86BtW2yYK2DBefjPI92KInYInUkiPxdm5kEWs4EMhjQgw5NrcvLlGVFYj9Y24ytM48dwmN2t965ABSi382GGh_kEHSKTzJ66SZNKv3LuVrmA3BHS_8Luw_NXNqlct2UDOWCSHRQrrKGM3j7ONR_ChFKXKgfGLYSms3zmFb4j7MbFBLCvG8ZocQyUfuJ9_bSLmjNM8vBCtE4hWCfOWjbgGmoXjAvz932KCmvyRhhyGUvlVbRw",
    p: "5l9VXxqCx66OhYXv3EhPFLUIe_ZgrEJZ9k3bv-DCEwkQXeWfvpC6noxmsBmsp8GGCeA4n0BM3bqqsiw7WZmfT68zrJ0mZ-SBZ-MCx0-NnR3uUU78Yi0hYvEE3Wa7WqfTKoQOx6HdFERGsb6_qEYsUW9mi1ln2G5ArG9vvfG07Mc",
    q: "yFE3LQ5lnHWUcQsUP4VwNRmn2h0kKInrQ51dlcLLM1vHbMfRa_quPIvXgUqMwW8V_LYz2cJ81WNyxae9zh5280PqY1Xr4w2QuEVlzdarL8yL6Ku9i-kBDTTOmsIoqJJFNKNKineMdy8OQJ0Lu1N2br9HNRkbEBihlAywiOE77yM",
    dp: "10HbLptB-j1T9NW605VJN2sU-2ey2yLAltIXdIoaLdk5TtOB2Xm4tu8wAHptBu9gRJgbsEpPyJtkZknIRyexYa6u1SqeOVOdyymmbgAareXKynTIhR_wY1gcGJimlcXdHYv5l3XactZ9TBaVVTIEtS8nnSu0SdpzWexieBSC3v8",
    dq: "njKtnZKqIqclJSV3xzatx_HMAtBS1wUc3Jgx6W0eJyBLXZhsxpcB9WUHO99RTA5b0elfB5G2Hpvcb0aq-lZK4JF5URvxH6595VlBLg9jwGsM7yJ6njzUjMZwh_3gOEjUCN8QpkwFjbaGzfZ45mbiuFGtfbynB848BP0EigU-3Ps",
    qi: "mlblTmj8kJPAOKnNRZEG29Yz1UntdK_RBdl_WwSyrmtC7-8JHrTd0Fi82yss09JPYpr7N3ovM9Tg4GDefqmTs-AQD44vsomvr0hSEwyxXW_ACMHrgIw8ILKPErzlyQ0LzJDgGPCAbBQOfl9u4VEne2xOAygI9ccYkznCj1J2NSs",
  },
};

/**
 * Fixed symmetric test keys, Base64 as validate-jwt's `<key>` takes them (32 bytes each, for
 * HS256). `issuer` signs; `other` is a key the policy does not trust.
 */
export const TEST_SYMMETRIC_KEYS = {
  issuer: Buffer.from("apim-ts test key: issuer 0123456").toString("base64"),
  other: Buffer.from("apim-ts test key: other 01234567").toString("base64"),
} as const;
