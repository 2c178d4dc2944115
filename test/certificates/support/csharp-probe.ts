// The C# side of the certificate interop test: reads tab-separated commands (fields base64) on
// stdin and prints what .NET reports for the same bytes.
export const CSHARP_CERTIFICATE_PROBE = String.raw`
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text;

static class Probe {
  static string B(string s) { return Convert.ToBase64String(Encoding.UTF8.GetBytes(s ?? "")); }
  static byte[] D(string s) { return Convert.FromBase64String(s); }
  static void Out(string kind, string label, params string[] fields) {
    var parts = new List<string> { kind, label };
    foreach (var f in fields) parts.Add(B(f));
    Console.WriteLine(string.Join("\t", parts));
  }
  static void Main() {
    CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
    System.Threading.Thread.CurrentThread.CurrentCulture = CultureInfo.InvariantCulture;
    var extra = new X509Certificate2Collection();
    DateTime at = DateTime.UtcNow;
    string line;
    while ((line = Console.ReadLine()) != null) {
      var p = line.Split('\t');
      string kind = p[0], label = p[1];
      byte[] data = D(p[2]);
      try {
        switch (kind) {
          case "CERT": {
            var c = new X509Certificate2(data);
            Out(kind, label, c.Thumbprint, c.Subject, c.Issuer, c.SerialNumber, c.NotBefore.ToString("o"), c.NotAfter.ToString("o"),
              c.GetNameInfo(X509NameType.SimpleName, false), c.GetNameInfo(X509NameType.DnsName, false), c.GetNameInfo(X509NameType.SimpleName, true),
              c.ToString());
            break;
          }
          case "BYTES": Out(kind, label, "OK " + new X509Certificate2(data).Thumbprint); break;
          case "B64": Out(kind, label, "OK " + new X509Certificate2(Convert.FromBase64String(Encoding.UTF8.GetString(data))).Thumbprint); break;
          case "ROOT": {
            var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
            store.Open(OpenFlags.ReadWrite); store.Add(new X509Certificate2(data)); store.Close();
            break;
          }
          case "INTER": extra.Add(new X509Certificate2(data)); break;
          case "AT": at = DateTime.Parse(Encoding.UTF8.GetString(data), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal); break;
          case "CHAIN": {
            var chain = new X509Chain();
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            chain.ChainPolicy.VerificationTime = at.ToLocalTime();
            chain.ChainPolicy.ExtraStore.AddRange(extra);
            bool ok = chain.Build(new X509Certificate2(data));
            Out(kind, label, ok ? "True" : "False");
            break;
          }
        }
      } catch (Exception e) {
        Out(kind, label, e.GetType().FullName);
      }
    }
  }
}
`;
