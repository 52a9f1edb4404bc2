using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Progress.GetStudyReport;

internal sealed class GetStudyReportValidator : Validator<GetStudyReportRequest>
{
    // Far enough from DateOnly's ends that the period before and the month's last day stay on the calendar.
    private static readonly DateOnly Earliest = new(1970, 1, 1);
    private static readonly DateOnly Latest = new(9000, 12, 31);

    public GetStudyReportValidator() => RuleFor(r => r.Date).InclusiveBetween(Earliest, Latest);
}
