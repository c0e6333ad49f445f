using System;

namespace FlowTypes.Endpoints;

/// <summary>A file a PhotoPicker or DocumentPicker sent to an endpoint could not be downloaded safely or did not pass a check of Meta's.</summary>
public sealed class FlowMediaException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">Which check failed.</param>
    /// <param name="message">What happened, without key material.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public FlowMediaException(FlowMediaFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    /// <summary>Which check failed.</summary>
    public FlowMediaFailure Failure { get; }
}
