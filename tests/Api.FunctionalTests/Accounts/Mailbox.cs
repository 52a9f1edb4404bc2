using System.Text.Json;
using System.Text.RegularExpressions;

namespace AdaptiveLearning.Api.FunctionalTests.Accounts;

/// <summary>
/// The mail the API delivered, read from the real smtp4dev server scripts/test starts (SMTP4DEV_URL), through its HTTP API.
/// </summary>
internal static partial class Mailbox
{
    private static readonly HttpClient Http = new()
    {
        BaseAddress = new Uri(Environment.GetEnvironmentVariable("SMTP4DEV_URL")
                              ?? throw new InvalidOperationException("SMTP4DEV_URL is not set: run the tests through scripts/test, which starts smtp4dev.")),
    };

    public static async Task ClearAsync() => (await Http.DeleteAsync("/api/Messages/*")).EnsureSuccessStatusCode();

    /// <summary>Waits for the newest mail to <paramref name="to"/> whose subject contains <paramref name="subject"/>.</summary>
    /// <returns>Its plain-text body.</returns>
    public static async Task<string> WaitForAsync(string to, string subject, int count = 1)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var matching = await ListAsync(to, subject);
            if (matching.Count >= count)
                return await Http.GetStringAsync($"/api/Messages/{matching[0]}/plaintext");
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"No mail '{subject}' reached {to} within 20 s (found {matching.Count} of {count}).");
            await Task.Delay(100);
        }
    }

    /// <returns>The ids of the mails to <paramref name="to"/> with <paramref name="subject"/> in their subject, newest first.</returns>
    public static async Task<IReadOnlyList<string>> ListAsync(string to, string subject)
    {
        using var json = JsonDocument.Parse(await Http.GetStringAsync(
            $"/api/Messages?searchTerms={Uri.EscapeDataString(to)}&pageSize=100&sortColumn=receivedDate&sortIsDescending=true"));
        return json.RootElement.GetProperty("results").EnumerateArray()
            .Where(m => m.GetProperty("to").EnumerateArray().Any(t => t.GetString()!.Contains(to, StringComparison.OrdinalIgnoreCase))
                        && m.GetProperty("subject").GetString()!.Contains(subject, StringComparison.Ordinal))
            .Select(m => m.GetProperty("id").GetString()!)
            .ToList();
    }

    /// <summary>The token in the link of the newest matching mail.</summary>
    public static async Task<string> TokenAsync(string to, string subject, int count = 1) =>
        Uri.UnescapeDataString(TokenLink().Match(await WaitForAsync(to, subject, count)).Groups[1].Value);

    [GeneratedRegex(@"\?token=([A-Za-z0-9_%\-]+)")]
    private static partial Regex TokenLink();
}
