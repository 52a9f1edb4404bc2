namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>A clock the test moves by hand, injected into the SDK to reach token expiry without waiting.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
