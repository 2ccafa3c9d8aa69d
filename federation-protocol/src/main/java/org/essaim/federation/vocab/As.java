// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

/** IRIs of the ActivityStreams 2.0 terms this library gives names to. */
public final class As {
  private As() {}

  public static final String NS = "https://www.w3.org/ns/activitystreams#";

  /** The special collection meaning "everyone". */
  public static final String PUBLIC = NS + "Public";

  // Activity types used by Essaim.
  public static final String CREATE = NS + "Create";
  public static final String UPDATE = NS + "Update";
  public static final String DELETE = NS + "Delete";
  public static final String FOLLOW = NS + "Follow";
  public static final String ACCEPT = NS + "Accept";
  public static final String REJECT = NS + "Reject";
  public static final String UNDO = NS + "Undo";
  public static final String ANNOUNCE = NS + "Announce";
  public static final String OFFER = NS + "Offer";
  public static final String ADD = NS + "Add";
  public static final String REMOVE = NS + "Remove";
  public static final String FLAG = NS + "Flag";
  public static final String LIKE = NS + "Like";

  // Object types.
  public static final String NOTE = NS + "Note";
  public static final String ARTICLE = NS + "Article";
  public static final String EVENT = NS + "Event";
  public static final String PLACE = NS + "Place";
  public static final String TOMBSTONE = NS + "Tombstone";
  public static final String COLLECTION = NS + "Collection";
  public static final String ORDERED_COLLECTION = NS + "OrderedCollection";
  public static final String COLLECTION_PAGE = NS + "CollectionPage";
  public static final String ORDERED_COLLECTION_PAGE = NS + "OrderedCollectionPage";
  public static final String LINK = NS + "Link";
  public static final String IMAGE = NS + "Image";
  public static final String HASHTAG = NS + "Hashtag";

  // Actor types.
  public static final String ORGANIZATION = NS + "Organization";
  public static final String GROUP = NS + "Group";
  public static final String APPLICATION = NS + "Application";
  public static final String PERSON = NS + "Person";
  public static final String SERVICE = NS + "Service";

  // Properties.
  public static final String ACTOR = NS + "actor";
  public static final String OBJECT = NS + "object";
  public static final String TARGET = NS + "target";
  public static final String ORIGIN = NS + "origin";
  public static final String RESULT = NS + "result";
  public static final String INSTRUMENT = NS + "instrument";
  public static final String TO = NS + "to";
  public static final String CC = NS + "cc";
  public static final String BTO = NS + "bto";
  public static final String BCC = NS + "bcc";
  public static final String AUDIENCE = NS + "audience";
  public static final String NAME = NS + "name";
  public static final String SUMMARY = NS + "summary";
  public static final String CONTENT = NS + "content";
  public static final String MEDIA_TYPE = NS + "mediaType";
  public static final String URL = NS + "url";
  public static final String HREF = NS + "href";
  public static final String ATTRIBUTED_TO = NS + "attributedTo";
  public static final String IN_REPLY_TO = NS + "inReplyTo";
  public static final String PUBLISHED = NS + "published";
  public static final String UPDATED = NS + "updated";
  public static final String DELETED = NS + "deleted";
  public static final String FORMER_TYPE = NS + "formerType";
  public static final String START_TIME = NS + "startTime";
  public static final String END_TIME = NS + "endTime";
  public static final String LOCATION = NS + "location";
  public static final String LATITUDE = NS + "latitude";
  public static final String LONGITUDE = NS + "longitude";
  public static final String TAG = NS + "tag";
  public static final String ATTACHMENT = NS + "attachment";
  public static final String ICON = NS + "icon";
  public static final String IMAGE_PROPERTY = NS + "image";
  public static final String GENERATOR = NS + "generator";
  public static final String PREFERRED_USERNAME = NS + "preferredUsername";
  public static final String ENDPOINTS = NS + "endpoints";
  public static final String SHARED_INBOX = NS + "sharedInbox";
  public static final String OUTBOX = NS + "outbox";
  public static final String FOLLOWERS = NS + "followers";
  public static final String FOLLOWING = NS + "following";
  public static final String MANUALLY_APPROVES_FOLLOWERS = NS + "manuallyApprovesFollowers";
  public static final String TOTAL_ITEMS = NS + "totalItems";
  public static final String ITEMS = NS + "items";
  public static final String FIRST = NS + "first";
  public static final String LAST = NS + "last";
  public static final String NEXT = NS + "next";
  public static final String PREV = NS + "prev";
  public static final String PART_OF = NS + "partOf";
  public static final String CURRENT = NS + "current";
  public static final String START_INDEX = NS + "startIndex";
  public static final String SENSITIVE = NS + "sensitive";

  /** Inbox is an ActivityPub (LDP) term, not an ActivityStreams one. */
  public static final String INBOX = "http://www.w3.org/ns/ldp#inbox";
}
