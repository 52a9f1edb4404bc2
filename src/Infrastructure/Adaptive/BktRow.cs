using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Infrastructure.Adaptive;

internal sealed class BktRow
{
    public long FacetId { get; init; }
    public double Prior { get; init; }
    public double Learn { get; init; }
    public double Guess { get; init; }
    public double Slip { get; init; }
    public double Forget { get; init; }

    public BktParameters ToParameters() => new(Prior, Learn, Guess, Slip, Forget);
}
