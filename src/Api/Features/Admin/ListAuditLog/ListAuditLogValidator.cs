using AdaptiveLearning.Application.Admin;
using AdaptiveLearning.Application.Common;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Admin.ListAuditLog;

internal sealed class ListAuditLogValidator : Validator<ListAuditLogRequest>
{
    public ListAuditLogValidator()
    {
        AuditFilterRules.AddTo(this);
        RuleFor(r => r.Cursor).Must(c => KeysetCursor.TryDecode(c, out _)).WithMessage("Not a cursor from a previous page.");
        RuleFor(r => r.Limit).InclusiveBetween(1, AuditLogSpecification.MaxLimit);
    }
}
