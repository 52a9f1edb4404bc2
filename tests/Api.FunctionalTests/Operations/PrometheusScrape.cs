using System.Globalization;
using System.Text.RegularExpressions;
using AdaptiveLearning.Api.Operations;

namespace AdaptiveLearning.Api.FunctionalTests.Operations;

/// <summary>What /metrics served, read as samples, so a test can ask for a series by name and labels.</summary>
internal sealed partial class PrometheusScrape(string text, IReadOnlyList<PrometheusSample> samples)
{
    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?<labels>.*)\})?\s+(?<value>\S+)""")]
    private static partial Regex SampleLine();

    [GeneratedRegex("""(?<label>[a-zA-Z_][a-zA-Z0-9_]*)="(?<value>(?:[^"\\]|\\.)*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Label();

    public string Text { get; } = text;

    public static async Task<PrometheusScrape> ReadAsync(HttpClient scraper)
    {
        var response = await scraper.GetAsync(MetricsEndpoints.PrometheusRoute);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        var samples = text.Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => SampleLine().Match(line))
            .Where(m => m.Success)
            .Select(m => new PrometheusSample(m.Groups["name"].Value,
                Label().Matches(m.Groups["labels"].Value).ToDictionary(l => l.Groups["label"].Value, l => l.Groups["value"].Value),
                double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture)))
            .ToList();
        return new PrometheusScrape(text, samples);
    }

    public IReadOnlyList<PrometheusSample> Series(string name, params (string Label, string Value)[] labels) =>
        samples.Where(s => s.Name == name && s.Has(labels)).ToList();

    /// <summary>The sum over the matching series; 0 when there is none.</summary>
    public double Sum(string name, params (string Label, string Value)[] labels) => Series(name, labels).Sum(s => s.Value);
}
