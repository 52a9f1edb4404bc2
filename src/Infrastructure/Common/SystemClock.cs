using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Infrastructure.Common;

internal sealed class SystemClock : IClock
{
    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;
}
