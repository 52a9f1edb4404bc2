namespace AdaptiveLearning.Api.FunctionalTests.Models;

/// <summary>The readiness report at /health/ready, which operators read and the SDK does not cover.</summary>
internal sealed record HealthReport(string Status, Dictionary<string, HealthReport.Check> Checks)
{
    internal sealed record Check(string Status, string? Description);

    public bool IsHealthy(string check) => Checks.TryGetValue(check, out var c) && c.Status == "healthy";
}
