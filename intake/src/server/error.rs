//! The API's one error type. Input errors are answered precisely, so a client (or the person
//! debugging it) knows what to change; internal errors are logged with their cause and
//! answered generically, so no internals leak.
//!
//! Body: `{"error": {"code": "not_found", "message": "no form \"x\""}}`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// 404: the message says what does not exist.
    #[error("{0}")]
    NotFound(String),
    /// 400: the message says what is wrong with the request.
    #[error("{0}")]
    BadRequest(String),
    /// 405.
    #[error("this method is not allowed here")]
    MethodNotAllowed,
    /// Any other refusal a client can act on (409, 412, 413, 415, 422, 503, …), with a
    /// stable code a client can branch on (documented in docs/SUBMISSION.md).
    #[error("{message}")]
    Refused {
        status: StatusCode,
        code: &'static str,
        message: String,
        /// More for the client to act on, merged into the error object (e.g. `nextFree`).
        details: Option<serde_json::Value>,
    },
    /// 500: logged, never shown.
    #[error("internal error")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl ApiError {
    fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            ApiError::NotFound(_) => (StatusCode::NOT_FOUND, "not_found"),
            ApiError::BadRequest(_) => (StatusCode::BAD_REQUEST, "bad_request"),
            ApiError::MethodNotAllowed => (StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed"),
            ApiError::Refused { status, code, .. } => (*status, code),
            ApiError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        let details = match &self {
            ApiError::Refused { details, .. } => details.clone(),
            _ => None,
        };
        let message = match &self {
            ApiError::Internal(cause) => {
                tracing::error!(error = %cause, "internal error");
                "an internal error occurred; it has been logged".to_string()
            }
            other => other.to_string(),
        };
        let mut error = json!({"code": code, "message": message});
        if let (Some(serde_json::Value::Object(more)), Some(object)) =
            (details, error.as_object_mut())
        {
            object.extend(more);
        }
        let mut response = (status, Json(json!({ "error": error }))).into_response();
        if status == StatusCode::TOO_MANY_REQUESTS {
            // Every limit here refills within a minute or a few.
            response
                .headers_mut()
                .insert("retry-after", axum::http::HeaderValue::from_static("60"));
        }
        response
    }
}

impl ApiError {
    /// A refusal with its status, code and message.
    pub fn refused(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError::Refused {
            status,
            code,
            message: message.into(),
            details: None,
        }
    }

    /// A refusal with more for the client in the error object (`details` must be an object).
    pub fn refused_with(
        status: StatusCode,
        code: &'static str,
        message: impl Into<String>,
        details: serde_json::Value,
    ) -> ApiError {
        ApiError::Refused {
            status,
            code,
            message: message.into(),
            details: Some(details),
        }
    }

    /// A failure of ours (database, disk): logged with its cause, answered with 500.
    pub fn internal(cause: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> ApiError {
        ApiError::Internal(cause.into())
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(err: sqlx::Error) -> ApiError {
        ApiError::internal(err)
    }
}

impl From<std::io::Error> for ApiError {
    fn from(err: std::io::Error) -> ApiError {
        ApiError::internal(err)
    }
}

/// Fallback for a known path with an unsupported method.
pub async fn method_not_allowed() -> ApiError {
    ApiError::MethodNotAllowed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_errors_hide_their_cause() {
        let response = ApiError::Internal("disk on fire".into()).into_response();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let response = ApiError::NotFound("no form \"x\"".into()).into_response();
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
    }
}
