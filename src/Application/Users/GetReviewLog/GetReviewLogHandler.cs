using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Users.GetReviewLog;

internal sealed class GetReviewLogHandler(IReviewLogQueries log) : IHandler<GetReviewLogQuery, IReadOnlyList<ReviewLogEntry>>
{
    public Task<IReadOnlyList<ReviewLogEntry>> HandleAsync(GetReviewLogQuery request, CancellationToken ct) =>
        log.GetAsync(request.UserId, ct);
}
