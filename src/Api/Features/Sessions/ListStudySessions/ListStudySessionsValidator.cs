using AdaptiveLearning.Application.Sessions;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Sessions.ListStudySessions;

internal sealed class ListStudySessionsValidator : Validator<ListStudySessionsRequest>
{
    public ListStudySessionsValidator()
    {
        RuleFor(r => r.Cursor).Must(c => SessionCursor.TryDecode(c, out _)).WithMessage("Not a cursor from a previous page.");
        RuleFor(r => r.Limit).InclusiveBetween(1, SessionHistoryFilter.MaxLimit);
        RuleFor(r => r.To).GreaterThan(r => r.From).When(r => r.From is not null && r.To is not null);
    }
}
