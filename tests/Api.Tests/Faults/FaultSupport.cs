using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Faults;

/// <summary>What the fault tests that run the API as its own process share: waiting for a condition, a free port, and
/// counting the mail the SMTP server received per recipient.</summary>
internal static partial class FaultSupport
{
    public static Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what) =>
        WaitUntilAsync(() => Task.FromResult(condition()), timeout, what);

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Waited {timeout.TotalSeconds} s for {what}.");
            }

            await Task.Delay(50);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The mails in the server's maildir, counted per <c>To</c> address.</summary>
    public static Dictionary<string, int> ReceivedPerRecipient(SmtpServer smtp) =>
        Directory.GetFiles(Path.Combine(smtp.Maildir, "new"))
            .Select(file => ToHeader().Match(File.ReadAllText(file)).Groups[1].Value.Trim())
            .GroupBy(to => to, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^To:\s*(?:.*<)?([^<>\s]+@[^<>\s]+)>?\s*$", RegexOptions.Multiline)]
    private static partial Regex ToHeader();
}
