using System.Globalization;
using System.Text;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.GetReviewLog;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.GetReviewLog;

/// <summary>My review log with the columns FSRS tools (srs-benchmark, the optimiser) read.</summary>
internal sealed class GetReviewLogEndpoint(IHandler<GetReviewLogQuery, IReadOnlyList<ReviewLogEntry>> handler) : Endpoint<GetReviewLogRequest>
{
    public const string Header = "card_id,review_rating,review_time,review_duration";

    public override void Configure()
    {
        Get(GetReviewLogRequest.Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "My review log as CSV or JSON (card_id, review_rating, review_time, review_duration)");
        Description(x => x.Produces<IReadOnlyList<ReviewLogRow>>(200, "application/json", "text/csv").ProducesProblem(400).ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(GetReviewLogRequest req, CancellationToken ct)
    {
        var rows = (await handler.HandleAsync(new GetReviewLogQuery(User.UserId()), ct))
            .Select(e => new ReviewLogRow(e.CardId, e.Rating, Time(e.ReviewTime), e.DurationMs)).ToList();
        if (req.Format == "json")
        {
            await Send.OkAsync(rows, ct);
            return;
        }
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var r in rows)
            csv.Append(CultureInfo.InvariantCulture, $"{r.card_id},{r.review_rating},{r.review_time},{r.review_duration}\n");
        HttpContext.Response.Headers.ContentDisposition = "attachment; filename=\"review-log.csv\"";
        await Send.StringAsync(csv.ToString(), 200, "text/csv", ct);
    }

    /// <summary>The log's own timestamp style: microseconds and an explicit +00:00 offset.</summary>
    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);
}

