using Gongkai.Infrastructure;

namespace Gongkai.Attachments;

/// <summary>The upload exceeds the configured size limit: 413.</summary>
public sealed class FileTooLargeException(string message) : DomainException(message);

/// <summary>The content is not one of the accepted types, or does not match its name: 415.</summary>
public sealed class UnsupportedFileTypeException(string message) : DomainException(message);
